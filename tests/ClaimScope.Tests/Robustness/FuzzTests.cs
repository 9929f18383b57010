using System.Text;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;

namespace ClaimScope.Tests.Robustness;

/// <summary>
/// Seeded random damage to real inputs: whatever the text, reading and extraction never throw,
/// and every claim's evidence is exactly the span it points at.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Fragments =
    [
        "x", "X", "×", "times", "\\times", "$", "%", "\\%", " percent", "-", "–", "~", "sim", ",", ".", "..", "1,000", "1.2k",
        "up to ", "over ", "by ", "from ", " to ", "twice", "halves", "-fold", "order of magnitude", "\n", "  ", "(", ")",
        "0", "9", "99.9", "1e9", "∞", "\u0000", "\uFFFD", "\"", "<script>", "]", "}", "{", "·", "  • 3 authors", "Dec 8",
    ];

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 12);
        for (var i = 0; i < edits && builder.Length > 0; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(random.Next(1, 40), builder.Length - at));
                    break;
                case 2:
                    builder[at] = (char)random.Next(32, 0x2FFF);
                    break;
                default:
                    var from = random.Next(builder.Length);
                    var length = Math.Min(random.Next(1, 80), builder.Length - from);
                    builder.Insert(at, builder.ToString(from, length));
                    break;
            }
        }

        return builder.ToString();
    }

    [Fact]
    public void Damaged_abstracts_never_throw_and_every_span_matches_its_evidence()
    {
        var abstracts = SeedPapers.All.Select(p => p.Abstract).ToArray();
        var extractor = ClaimExtractor.CreateDefault();
        var random = new Random(20261124);

        for (var i = 0; i < LongRunSettings.FuzzIterations; i++)
        {
            var text = Mutate(random, abstracts[random.Next(abstracts.Length)]);

            foreach (var claim in extractor.Extract(text))
            {
                Assert.True(claim.Start >= 0 && claim.End <= text.Length && claim.Start < claim.End, $"bad span in iteration {i}");
                Assert.Equal(text[claim.Start..claim.End], claim.Text);
                Assert.True(double.IsFinite(claim.Value), $"non-finite value in iteration {i}");
            }
        }
    }

    [Fact]
    public void Damaged_feed_files_of_every_format_are_reported_not_thrown()
    {
        var samples = FeedSource.ExpandInputs([SeedData.FeedsFolder, Path.Combine(SeedData.RepoRoot, "data", "samples")])
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
            .ToArray();
        var folder = Directory.CreateTempSubdirectory("claimscope-fuzz-").FullName;
        var random = new Random(7);
        try
        {
            for (var i = 0; i < Math.Max(20, LongRunSettings.FuzzIterations / 5); i++)
            {
                var (name, text) = samples[random.Next(samples.Length)];
                var path = Path.Combine(folder, $"{i}-{name}");
                File.WriteAllText(path, Mutate(random, text));
                var source = new FeedSource(FeedFormats.Default, FeedReadOptions.Default);

                var exception = Record.Exception(() => source.Read([path], _ => { }).ToList());

                Assert.True(exception is null, $"{name} damaged (iteration {i}) threw {exception}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
