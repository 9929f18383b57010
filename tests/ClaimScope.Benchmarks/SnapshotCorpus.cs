using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimScope.Benchmarks;

/// <summary>
/// arXiv-snapshot JSON lines for the reading benchmarks: the 200 real sample rows repeated with
/// fresh ids and titles, held in memory so the benchmark measures parsing, not the disk.
/// </summary>
internal static class SnapshotCorpus
{
    private static readonly Lazy<string[]> Rows = new(Load);

    public static string Text(int scale)
    {
        var builder = new StringBuilder();
        var n = 0;
        for (var i = 0; i < scale; i++)
        {
            foreach (var row in Rows.Value)
            {
                var node = JsonNode.Parse(row)!;
                node["id"] = $"9{n:D9}";
                node["title"] = $"{node["title"]} #{n}";
                builder.Append(node.ToJsonString()).Append('\n');
                n++;
            }
        }

        return builder.ToString();
    }

    public static long Bytes(int scale) => Encoding.UTF8.GetByteCount(Text(scale));

    private static string[] Load()
    {
        var path = Path.Combine(SeedCorpus.RepoRoot, "data", "samples", "arxiv_oai_snapshot_jsonl",
            "arxiv-metadata-oai-snapshot_head200_committed-2025-10_Sharath-1736.json");
        return [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetRawText())];
    }
}
