using BenchmarkDotNet.Attributes;
using ClaimScope.Core.Extraction;

namespace ClaimScope.Benchmarks;

/// <summary>Extracts the claims of every seed abstract, at one and eight times the seed volume.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmark
{
    private string[] abstracts = [];
    private IClaimExtractor extractor = ClaimExtractor.CreateDefault();

    [Params(1, 8)]
    public int Scale { get; set; }

    /// <summary>UTF-8 bytes of input per case, for the MB/s column.</summary>
    public static long InputBytes(int scale) => SeedCorpus.Bytes(scale);

    [GlobalSetup]
    public void Setup()
    {
        abstracts = SeedCorpus.Abstracts(Scale);
        extractor = ClaimExtractor.CreateDefault();
    }

    [Benchmark]
    public int ExtractSeedAbstracts()
    {
        var claims = 0;
        foreach (var text in abstracts)
        {
            claims += extractor.Extract(text).Count;
        }

        return claims;
    }
}
