using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Model;
using ClaimScope.Storage;

namespace ClaimScope.Benchmarks;

/// <summary>
/// The store's side of <c>ingest</c>: papers (with their claims already extracted) written in
/// batches of 1,000 to a fresh database file, and the same papers seen again (every one merged
/// into the stored one). The papers/s column is <see cref="Papers"/> over the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PapersPerSecondConfig))]
public class StoreBenchmark
{
    private const int BatchSize = 1000;
    private readonly string folder = Directory.CreateTempSubdirectory("claimscope-bench-").FullName;
    private (Paper Paper, IReadOnlyList<Claim> Claims)[] papers = [];

    [Params(20_000)]
    public int Papers { get; set; }

    private string NewDb => Path.Combine(folder, "new.db");

    private string FilledDb => Path.Combine(folder, "filled.db");

    [GlobalSetup]
    public void Setup()
    {
        var abstracts = SeedCorpus.Abstracts(1);
        var extractor = ClaimExtractor.CreateDefault();
        var claims = abstracts.Select(a => extractor.Extract(a)).ToArray();
        papers = [.. Enumerable.Range(0, Papers).Select(i => (Paper(i, abstracts[i % abstracts.Length]), claims[i % abstracts.Length]))];
        using var store = ClaimStore.Open(FilledDb);
        SaveAll(store);
    }

    [IterationSetup(Target = nameof(StoreNewPapers))]
    public void DeleteNewDb()
    {
        foreach (var file in Directory.GetFiles(folder, "new.db*"))
        {
            File.Delete(file);
        }
    }

    [Benchmark]
    public int StoreNewPapers()
    {
        using var store = ClaimStore.Open(NewDb);
        return SaveAll(store);
    }

    [Benchmark]
    public int MergeKnownPapers()
    {
        using var store = ClaimStore.Open(FilledDb);
        return SaveAll(store);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private int SaveAll(ClaimStore store)
    {
        var added = 0;
        for (var i = 0; i < papers.Length; i += BatchSize)
        {
            added += store.Save(new ArraySegment<(Paper, IReadOnlyList<Claim>)>(papers, i, Math.Min(BatchSize, papers.Length - i)));
        }

        return added;
    }

    private static Paper Paper(int i, string text)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"9{i / 100_000:D3}.{i % 100_000:D5}");
        return new Paper
        {
            Id = id,
            Title = string.Create(CultureInfo.InvariantCulture, $"A benchmark paper on fast inference, number {i}"),
            Abstract = text,
            ArxivId = id,
            Authors = ["A. Author", "B. Author"],
            Published = new DateOnly(2025, 1, 1 + (i % 28)),
            Upvotes = i % 3 == 0 ? null : i % 100,
            Appearances = [new PaperAppearance(new DateOnly(2025, 2, 1), new SourceLocation("snapshot.jsonl", i + 1), null)],
        };
    }

    /// <summary>Adds the papers/s column.</summary>
    private sealed class PapersPerSecondConfig : ManualConfig
    {
        public PapersPerSecondConfig() => AddColumn(new PapersPerSecondColumn());
    }
}
