using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction;

/// <summary>The default extraction pipeline (placeholder until the rule pipeline lands).</summary>
public sealed class ClaimExtractor : IClaimExtractor
{
    public static ClaimExtractor CreateDefault() => new();

    public IReadOnlyList<Claim> Extract(string text) => [];
}
