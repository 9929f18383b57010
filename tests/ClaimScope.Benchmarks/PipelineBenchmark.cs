using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Feeds.Formats;
using ClaimScope.Core.Model;
using ClaimScope.Core.Pipeline;
using ClaimScope.CorpusGenerator;

namespace ClaimScope.Benchmarks;

/// <summary>
/// The path <c>claimscope extract</c> takes over the arXiv snapshot (read, parse, de-duplicate,
/// extract), sequential and with one worker per core, against merely parsing the same lines with
/// System.Text.Json in the same run (the baseline of the Ratio column). Lines come from the corpus
/// generator and sit in memory, so the disk is not measured.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmark
{
    private byte[] snapshot = [];

    /// <summary>Megabytes of generated snapshot lines.</summary>
    [Params(4)]
    public int Scale { get; set; }

    /// <summary>UTF-8 bytes of input per case, for the MB/s column.</summary>
    public static long InputBytes(int scale) => Generate(scale).Length;

    [GlobalSetup]
    public void Setup() => snapshot = Generate(Scale);

    /// <summary>The same seed and size always give the same bytes, so the column and the run agree.</summary>
    private static byte[] Generate(int scale)
    {
        using var output = new MemoryStream();
        new SnapshotGenerator(SeedAbstracts.Load(Path.Combine(SeedCorpus.RepoRoot, "data")), seed: 1).Write(output, scale * 1_000_000L);
        return output.ToArray();
    }

    [Benchmark(Baseline = true)]
    public int ParseWithSystemTextJson()
    {
        var total = 0;
        var rest = snapshot.AsMemory();
        while (rest.Length > 0)
        {
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? Memory<byte>.Empty : rest[(end + 1)..];
            using var document = JsonDocument.Parse(line);
            total += document.RootElement.GetProperty("abstract").GetString()!.Length;
        }

        return total;
    }

    [Benchmark]
    public int ReadSnapshotRecords()
    {
        var total = 0;
        foreach (var record in Records())
        {
            total += record.Abstract.Length;
        }

        return total;
    }

    [Benchmark]
    public int ReadAndDeduplicate() => Run(pipeline: new PaperPipeline(null));

    [Benchmark]
    public int ReadDeduplicateExtractSequential() => Run(new PaperPipeline(ClaimExtractor.CreateDefault, PipelineOptions.Sequential));

    [Benchmark]
    public int ReadDeduplicateExtractParallel() => Run(new PaperPipeline(ClaimExtractor.CreateDefault, PipelineOptions.Default));

    private int Run(PaperPipeline pipeline)
    {
        var count = 0;
        foreach (var sighting in pipeline.Run(Records()))
        {
            count += sighting.IsNew ? 1 + sighting.Claims.Count : 0;
        }

        return count;
    }

    private IEnumerable<PaperRecord> Records()
    {
        using var reader = new StreamReader(new MemoryStream(snapshot), Encoding.UTF8, false, 1 << 16);
        foreach (var record in new ArxivOaiSnapshotReader().Read(reader, "snapshot.jsonl", FeedReadOptions.Default, _ => { }))
        {
            yield return record;
        }
    }
}
