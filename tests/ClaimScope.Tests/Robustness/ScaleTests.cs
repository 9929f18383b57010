using System.Diagnostics;
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

    [Fact]
    public void A_large_snapshot_streams_through_extraction_in_bounded_memory()
    {
        var bytes = LongRunSettings.ScaleMegabytes * 1_000_000L;
        var path = WriteCorpus(bytes, out var written);
        var source = new FeedSource(FeedFormats.Default, FeedReadOptions.Default);
        var dedup = new PaperDeduplicator();
        var extractor = ClaimExtractor.CreateDefault();
        var problems = new List<FeedProblem>();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var peakHeap = 0L;
        var (read, claims) = (0, 0);
        var clock = Stopwatch.StartNew();

        foreach (var record in source.Read([path], problems.Add))
        {
            read++;
            if (dedup.IsFirstSighting(record))
            {
                claims += extractor.Extract(record.Abstract).Count;
            }

            if (read % 5000 == 0)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false) - heapBefore);
            }
        }

        clock.Stop();
        Assert.Empty(problems);
        Assert.Equal(written, read);
        Assert.True(claims > 0);

        // Only the de-duplication keys grow with the corpus (~100 bytes a paper): far below its size.
        var allowed = 64_000_000L + (written * 400L);
        Assert.True(peakHeap < allowed, $"heap grew by {peakHeap:N0} bytes over {bytes:N0} bytes of input");
        var megabytesPerSecond = bytes / 1e6 / clock.Elapsed.TotalSeconds;
        Assert.True(megabytesPerSecond > 2, $"{megabytesPerSecond:F1} MB/s");
    }
}
