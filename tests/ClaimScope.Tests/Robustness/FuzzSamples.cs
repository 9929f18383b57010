using System.Text;
using ClaimScope.Core.Feeds;

namespace ClaimScope.Tests.Robustness;

/// <summary>
/// Real samples from data/ cut to a few kB (so a million executions stay affordable), and the
/// mutations the fuzz loops apply to them: insertions of format syntax and number text,
/// deletions, random characters, duplicated slices, and byte-level damage.
/// </summary>
internal static class FuzzSamples
{
    private const int SampleChars = 6000;

    private static readonly string[] Fragments =
    [
        "x", "×", "times", "\\times", "$", "%", "\\%", "-", "–", ",", ".", "1,000", "1.2k", "up to ", "by ", " to ", "-fold",
        "\n", "\r", "\r\n", "  ", "(", ")", "0", "99.9", "1e9", "∞", "\u0000", "\u001b[2J", "\uFFFD", "\uFEFF", "\"", "\\\"", "\\u0000",
        "<", ">", "</entry>", "<entry>", "<item>", "]]>", "<![CDATA[", "&amp;", "&#0;", "&lol;", "<!DOCTYPE x [<!ENTITY a \"b\">]>",
        "{", "}", "[", "]", ":", "null", "true", "1e400", "-0", "\"id\":", "\"paper\":", "\"summary\":", "\"abstract\":",
        "·", "  • 3 authors", "Dec 8", "Feb 30, 2024", "byAK and the research community", "new", "Daily Papers",
    ];

    /// <summary>Samples in <paramref name="reader"/>'s format, from data/samples and data/feeds.</summary>
    public static IReadOnlyList<string> Of(IFeedReader reader)
    {
        var files = FeedSource.ExpandInputs([SeedData.FeedsFolder, Path.Combine(SeedData.RepoRoot, "data", "samples")])
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal));
        var texts = files.Select(File.ReadAllText)
            .Where(t => FeedFormats.Default.Detect(t[..Math.Min(t.Length, 8192)]) == reader)
            .Select(t => t.Length <= SampleChars ? t : t[..SampleChars])
            .ToList();
        Assert.NotEmpty(texts);
        return texts;
    }

    public static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 12);
        for (var i = 0; i < edits && builder.Length > 0; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(random.Next(1, 200), builder.Length - at));
                    break;
                case 2:
                    builder[at] = (char)random.Next(0, 0x2FFF);
                    break;
                case 3:
                    builder.Length = at;
                    break;
                default:
                    var from = random.Next(builder.Length);
                    var length = Math.Min(random.Next(1, 400), builder.Length - from);
                    builder.Insert(at, builder.ToString(from, length));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Byte damage: flipped bytes, a byte-order mark, a gzip header, or gzip of the text cut short.</summary>
    public static byte[] DamageBytes(Random random, byte[] bytes)
    {
        switch (random.Next(5))
        {
            case 0:
                return [0xEF, 0xBB, 0xBF, .. bytes];
            case 1:
                return [0x1F, 0x8B, .. bytes];
            case 2:
                var compressed = new MemoryStream();
                using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
                {
                    gzip.Write(bytes);
                }

                var packed = compressed.ToArray();
                // Compressing nothing writes nothing at all.
                return packed.Length == 0 ? packed : packed.AsSpan(0, random.Next(1, packed.Length + 1)).ToArray();
            default:
                var copy = (byte[])bytes.Clone();
                for (var i = random.Next(1, 20); i > 0 && copy.Length > 0; i--)
                {
                    copy[random.Next(copy.Length)] = (byte)random.Next(256);
                }

                return copy;
        }
    }
}
