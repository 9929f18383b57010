using System.Globalization;
using System.Text.Json.Nodes;

namespace ClaimScope.Tests.Storage;

/// <summary>
/// Writes an arXiv-snapshot-shaped JSON lines file of any size from the 200 real rows in
/// data/samples, each copy with a fresh id and a numbered title so every row is a distinct paper,
/// and the abstract of a seed paper (data/feeds) so the rows carry claims as ML abstracts do (the
/// sample rows are physics and maths, with hardly any).
/// </summary>
internal static class SnapshotFile
{
    private static readonly Lazy<JsonObject[]> Rows = new(() =>
    [
        .. File.ReadLines(Path.Combine(SeedData.RepoRoot, "data", "samples", "arxiv_oai_snapshot_jsonl",
                "arxiv-metadata-oai-snapshot_head200_committed-2025-10_Sharath-1736.json"))
            .Where(line => line.Length > 0)
            .Select(line => JsonNode.Parse(line)!.AsObject()),
    ]);

    /// <summary>Writes papers numbered <paramref name="first"/> up to (not including) <paramref name="end"/>.</summary>
    public static string Write(string path, int first, int end)
    {
        using var writer = new StreamWriter(path);
        for (var n = first; n < end; n++)
        {
            var row = Rows.Value[n % Rows.Value.Length].DeepClone().AsObject();
            row["id"] = string.Create(CultureInfo.InvariantCulture, $"{9000 + (n / 100_000)}.{n % 100_000:D5}");
            row["title"] = string.Create(CultureInfo.InvariantCulture, $"{row["title"]} (copy {n})");
            row["abstract"] = SeedPapers.All[n % SeedPapers.All.Count].Abstract;
            writer.Write(row.ToJsonString());
            writer.Write('\n');
        }

        return path;
    }
}
