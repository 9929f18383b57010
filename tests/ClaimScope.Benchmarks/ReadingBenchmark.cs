using BenchmarkDotNet.Attributes;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Feeds.Formats;

namespace ClaimScope.Benchmarks;

/// <summary>
/// Reads snapshot-shaped JSON lines into paper records, alone and with de-duplication and claim
/// extraction: the path `claimscope extract` takes over the arXiv snapshot.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmark
{
    private string text = "";
    private readonly ArxivOaiSnapshotReader reader = new();
    private readonly IClaimExtractor extractor = ClaimExtractor.CreateDefault();

    [Params(1, 25)]
    public int Scale { get; set; }

    /// <summary>UTF-8 bytes of input per case, for the MB/s column.</summary>
    public static long InputBytes(int scale) => SnapshotCorpus.Bytes(scale);

    [GlobalSetup]
    public void Setup() => text = SnapshotCorpus.Text(Scale);

    [Benchmark]
    public int ReadSnapshotLines()
    {
        var total = 0;
        foreach (var record in reader.Read(new StringReader(text), "bench.jsonl", FeedReadOptions.Default, _ => { }))
        {
            total += record.Abstract.Length;
        }

        return total;
    }

    [Benchmark]
    public int ReadDeduplicateAndExtract()
    {
        var dedup = new PaperDeduplicator();
        var claims = 0;
        foreach (var record in reader.Read(new StringReader(text), "bench.jsonl", FeedReadOptions.Default, _ => { }))
        {
            if (dedup.IsFirstSighting(record))
            {
                claims += extractor.Extract(record.Abstract).Count;
            }
        }

        return claims;
    }
}
