using ClaimScope.Core.Extraction;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

/// <summary>Runs the default extractor on a sample sentence, as each spec test does.</summary>
internal static class Extract
{
    private static readonly IClaimExtractor Extractor = ClaimExtractor.CreateDefault();

    public static IReadOnlyList<Claim> From(string text) => Extractor.Extract(text);

    public static Claim Single(string text) => Assert.Single(Extractor.Extract(text));
}
