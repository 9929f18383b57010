using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace ClaimScope.Tests.BadInputs;

/// <summary>
/// The bad-input corpus: small hostile files kept in BadInputs/files, and large or special ones
/// (gzip bombs, 50 MB lines, 100k entries, pipes, links) made at test time in a temp folder.
/// </summary>
internal static class BadInputFiles
{
    public static string Folder => Path.Combine(SeedData.RepoRoot, "tests", "ClaimScope.Tests", "BadInputs", "files");

    public static string Committed(string name) => Path.Combine(Folder, name);

    /// <summary>One snapshot line of a real sample, given a fresh id and title (so each line is its own paper).</summary>
    public static string SnapshotLine(int n, string? abstractText = null)
    {
        var sample = File.ReadLines(Path.Combine(SeedData.RepoRoot, "data", "samples", "arxiv_oai_snapshot_jsonl",
            "arxiv-metadata-oai-snapshot_head200_committed-2025-10_Sharath-1736.json")).First();
        var row = System.Text.Json.Nodes.JsonNode.Parse(sample)!.AsObject();
        row["id"] = $"9{n:D9}";
        row["title"] = $"{row["title"]} #{n}";
        if (abstractText is not null)
        {
            row["abstract"] = abstractText;
        }

        return row.ToJsonString();
    }

    /// <summary>A gzip file: a good line, one line of <paramref name="megabytes"/> MB of 'a' (streamed, never held), a good line.</summary>
    public static string GzipBomb(string folder, int megabytes)
    {
        var path = Path.Combine(folder, "bomb.jsonl.gz");
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        writer.WriteLine(SnapshotLine(1));
        writer.Write("{\"id\":\"2501.00002\",\"title\":\"Bomb\",\"versions\":[],\"abstract\":\"");
        var block = new string('a', 1 << 20);
        for (var i = 0; i < megabytes; i++)
        {
            writer.Write(block);
        }

        writer.WriteLine("\"}");
        writer.WriteLine(SnapshotLine(3));
        return path;
    }

    /// <summary>A Daily Papers listing whose second entry's abstract is one line of <paramref name="megabytes"/> MB.</summary>
    public static string LongLine(string folder, int megabytes)
    {
        var path = Path.Combine(folder, "long-line.txt");
        var good = File.ReadAllText(Committed("crlf.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write(good);
        writer.Write("\nA Title Before A Very Long Line\n\n");
        var block = new string('b', 1 << 20);
        for (var i = 0; i < megabytes; i++)
        {
            writer.Write(block);
        }

        writer.WriteLine();
        return path;
    }

    public static string ManyEntries(string folder, int count)
    {
        var path = Path.Combine(folder, "many.jsonl");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            writer.WriteLine(SnapshotLine(i));
        }

        return path;
    }

    public static string DeepNesting(string folder, int depth)
    {
        var path = Path.Combine(folder, "deep.json");
        File.WriteAllText(path, "[{\"paper\": " + new string('[', depth) + new string(']', depth) + "}]");
        return path;
    }

    /// <summary>The snapshot sample compressed, then cut or damaged after the gzip header.</summary>
    public static string DamagedGzip(string folder, string name, bool truncate)
    {
        var plain = Path.Combine(SeedData.RepoRoot, "data", "samples", "arxiv_oai_snapshot_jsonl",
            "arxiv-metadata-oai-snapshot_head200_committed-2025-10_Sharath-1736.json");
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(plain));
        }

        var bytes = buffer.ToArray();
        if (truncate)
        {
            bytes = bytes[..(bytes.Length / 2)];
        }
        else
        {
            // Garbage from the middle on: the first half still inflates, then the deflate stream breaks.
            var random = new Random(5);
            for (var i = bytes.Length / 2; i < bytes.Length - 8; i++)
            {
                bytes[i] = (byte)random.Next(256);
            }
        }

        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static string Fifo(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return path;
    }
}
