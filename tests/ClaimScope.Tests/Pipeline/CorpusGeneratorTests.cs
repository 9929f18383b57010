using ClaimScope.Core.Feeds;
using ClaimScope.Core.Feeds.Formats;
using ClaimScope.Core.Model;
using ClaimScope.CorpusGenerator;

namespace ClaimScope.Tests.Pipeline;

/// <summary>The corpus generator writes arXiv-snapshot lines of any size, the same bytes for the same seed.</summary>
public class CorpusGeneratorTests
{
    private static readonly IReadOnlyList<Paper> Seeds = SeedAbstracts.Load(Path.Combine(SeedData.RepoRoot, "data"));

    private static byte[] Generate(int seed, long bytes)
    {
        using var output = new MemoryStream();
        new SnapshotGenerator(Seeds, seed).Write(output, bytes);
        return output.ToArray();
    }

    [Fact]
    public void The_same_seed_and_size_give_the_same_bytes()
    {
        Assert.Equal(Generate(seed: 7, 300_000), Generate(seed: 7, 300_000));
    }

    [Fact]
    public void Another_seed_gives_another_corpus()
    {
        Assert.NotEqual(Generate(seed: 7, 300_000), Generate(seed: 8, 300_000));
    }

    [Fact]
    public void The_file_reaches_the_size_asked_for_and_stops_within_a_line_of_it()
    {
        var bytes = Generate(seed: 1, 500_000);

        var lastLine = bytes.Length - 1 - Array.LastIndexOf(bytes, (byte)'\n', bytes.Length - 2);
        Assert.InRange(bytes.Length, 500_000, 500_000 + lastLine);
    }

    [Fact]
    public void Every_line_is_a_new_paper_the_snapshot_reader_reads_without_a_problem()
    {
        var text = System.Text.Encoding.UTF8.GetString(Generate(seed: 2, 400_000));
        var problems = new List<FeedProblem>();
        var dedup = new PaperDeduplicator();

        var records = new ArxivOaiSnapshotReader().Read(new StringReader(text), "generated.jsonl", FeedReadOptions.Default, problems.Add).ToList();

        Assert.Empty(problems);
        Assert.Equal(text.Count(c => c == '\n'), records.Count);
        Assert.All(records, r => Assert.True(dedup.IsFirstSighting(r), r.Title));
        // Re-wrapped as arXiv does, then unwrapped by the reader (which also drops invisible
        // characters some seed pages carry): each abstract opens with a seed abstract's words.
        var openings = Seeds.Select(s => string.Join(' ', s.Abstract.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))[..40]).ToHashSet();
        Assert.All(records, r => Assert.Contains(r.Abstract[..40], openings));
    }

    [Fact]
    public void Sizes_are_read_with_decimal_units()
    {
        Assert.Equal([1_000_000_000L, 300_000_000L, 2_500L, 42L], new[] { "1GB", "300MB", "2.5KB", "42" }.Select(ByteSize.Parse));
    }
}
