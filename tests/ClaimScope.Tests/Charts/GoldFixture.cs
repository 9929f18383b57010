using System.Text.Json;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
using ClaimScope.Reports;

namespace ClaimScope.Tests.Charts;

/// <summary>
/// Report input built from the real seed listings and the hand-annotated gold claims, standing in
/// for the extractor: each gold claim is attached to the seed paper with the same normalised title.
/// </summary>
internal static class GoldFixture
{
    private static readonly Lazy<ReportInput> Seeds = new(Build);

    /// <summary>A fixed generation time so rendered output does not depend on the clock.</summary>
    public static DateTimeOffset FixedTime { get; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ReportInput SeedInput => Seeds.Value;

    public static IReadOnlyList<Paper> SeedPapers()
    {
        var catalog = new PaperCatalog();
        var source = new FeedSource(FeedFormats.Default, FeedReadOptions.Default);
        foreach (var record in source.Read(FeedSource.ExpandInputs([SeedData.FeedsFolder]), _ => { }))
        {
            catalog.Add(record);
        }

        return catalog.Papers();
    }

    private static ReportInput Build()
    {
        var papers = SeedPapers();
        var byTitle = papers.ToDictionary(p => TitleKey.Normalise(p.Title), StringComparer.Ordinal);
        var claims = new List<PaperClaim>();
        foreach (var line in File.ReadLines(SeedData.GoldFile).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var title = doc.RootElement.GetProperty("title").GetString()!;
            if (!byTitle.TryGetValue(TitleKey.Normalise(title), out var paper))
            {
                continue;
            }

            foreach (var gold in doc.RootElement.GetProperty("claims").EnumerateArray())
            {
                claims.Add(new PaperClaim(paper, ToClaim(gold, paper.Abstract)));
            }
        }

        return new ReportInput { Papers = papers, Claims = claims, GeneratedAt = FixedTime };
    }

    private static Claim ToClaim(JsonElement gold, string abstractText)
    {
        var text = gold.GetProperty("text").GetString() ?? "";
        var start = Math.Max(0, abstractText.IndexOf(text, StringComparison.Ordinal));
        ClaimVocabulary.TryParseKind(gold.GetProperty("kind").GetString(), out var kind);
        var low = gold.GetProperty("low");
        return new Claim
        {
            Kind = kind,
            Value = gold.GetProperty("value").GetDouble(),
            Low = low.ValueKind == JsonValueKind.Number ? low.GetDouble() : null,
            Unit = gold.GetProperty("unit").GetString() ?? "",
            Qualifier = ClaimVocabulary.ParseQualifier(gold.GetProperty("qualifier").GetString()),
            Target = gold.GetProperty("target").GetString() ?? "",
            Text = text,
            Start = start,
            End = start + text.Length,
        };
    }
}
