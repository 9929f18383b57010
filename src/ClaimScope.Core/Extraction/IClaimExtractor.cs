using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction;

/// <summary>Finds the quantitative claims in one abstract, each with its evidence span.</summary>
public interface IClaimExtractor
{
    IReadOnlyList<Claim> Extract(string text);
}
