using System.Text.Json;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;

namespace ClaimScope.Tests.Robustness;

/// <summary>
/// A snapshot-shaped corpus far larger than the seeds streams through reading, de-duplication and
/// extraction without holding the corpus in memory. 20 MB by default; CLAIMSCOPE_SCALE_MB=300 for
/// the long run.
/// </summary>
[Collection(MeasuringCollection.Name)]
public sealed class ScaleTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("claimscope-scale-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string WriteCorpus(long bytes, out int records)
    {
        var sample = Path.Combine(SeedData.RepoRoot, "data", "samples", "arxiv_oai_snapshot_jsonl",
            "arxiv-metadata-oai-snapshot_head200_committed-2025-10_Sharath-1736.json");
        var rows = File.ReadLines(sample).Select(l => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(l)!).ToArray();
        var path = Path.Combine(folder, "snapshot.jsonl");
        using var output = new StreamWriter(path);
        records = 0;
        while (output.BaseStream.Length < bytes)
        {
            foreach (var row in rows)
            {
                // A fresh id and title per line, so every record is a new paper to de-duplicate.
                row["id"] = JsonSerializer.SerializeToElement($"9{records:D9}");
                row["title"] = JsonSerializer.SerializeToElement($"{row["title"].GetString()} #{records}");
                output.WriteLine(JsonSerializer.Serialize(row));
                records++;
            }

            output.Flush();
        }

        return path;
    }

    /// <summary>
    /// Streams a corpus of <paramref name="bytes"/> through reading, de-duplication and extraction,
    /// and returns the heap still held at the end (after a full collection) with the papers read.
    /// </summary>
    private (long Retained, int Records) Stream(long bytes)
    {
        var path = WriteCorpus(bytes, out var written);
        var source = new FeedSource(FeedFormats.Default, FeedReadOptions.Default);
        var dedup = new PaperDeduplicator();
        var extractor = ClaimExtractor.CreateDefault();
        var problems = new List<FeedProblem>();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var (read, claims) = (0, 0);

        foreach (var record in source.Read([path], problems.Add))
        {
            read++;
            if (dedup.IsFirstSighting(record))
            {
                claims += extractor.Extract(record.Abstract).Count;
            }
        }

        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(dedup);
        Assert.Empty(problems);
        Assert.Equal(written, read);
        Assert.True(claims > 0);
        File.Delete(path);
        return (retained, read);
    }

    [Fact]
    public void A_large_snapshot_streams_through_extraction_in_bounded_memory()
    {
        var bytes = LongRunSettings.ScaleMegabytes * 1_000_000L;

        var small = Stream(bytes / 2);
        var large = Stream(bytes);

        // What stays per extra paper is its de-duplication keys (id and title key, ~750 bytes with
        // the set's overhead); keeping each record would keep its abstract too (over 2,000 bytes as UTF-16).
        var perRecord = (double)(large.Retained - small.Retained) / (large.Records - small.Records);
        Assert.True(perRecord < 1500, $"the heap kept {perRecord:F0} bytes per extra paper ({small.Retained:N0} bytes at {small.Records:N0} papers, {large.Retained:N0} at {large.Records:N0})");
    }
}
