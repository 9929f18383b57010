using System.Text.Json;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
using ClaimScope.Reports;

namespace ClaimScope.Tests;

/// <summary>
/// A report input made from the real seed listings and the hand-annotated gold claims, standing
/// in for the extractor: each gold claim is attached to its paper with its evidence span.
/// </summary>
internal static class GoldReportInput
{
    private static readonly Lazy<ReportInput> Cached = new(Build);

    /// <summary>Fixed so reports are deterministic.</summary>
    public static DateTimeOffset GeneratedAt { get; } = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    public static ReportInput Value => Cached.Value;

    public static IReadOnlyList<Paper> LoadPapers()
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
        var papers = LoadPapers();
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
                if (ToClaim(gold, paper.Abstract) is { } claim)
                {
                    claims.Add(new PaperClaim(paper, claim));
                }
            }
        }

        return new ReportInput { Papers = papers, Claims = claims, GeneratedAt = GeneratedAt };
    }

    private static Claim? ToClaim(JsonElement gold, string abstractText)
    {
        var text = gold.GetProperty("text").GetString()!;
        var start = abstractText.IndexOf(text, StringComparison.Ordinal);
        if (start < 0 || !ClaimVocabulary.TryParseKind(gold.GetProperty("kind").GetString(), out var kind))
        {
            return null;
        }

        var low = gold.TryGetProperty("low", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetDouble() : (double?)null;
        return new Claim
        {
            Kind = kind,
            Value = gold.GetProperty("value").GetDouble(),
            Low = low,
            Unit = gold.GetProperty("unit").GetString()!,
            Qualifier = ClaimVocabulary.ParseQualifier(gold.GetProperty("qualifier").GetString()),
            Target = gold.GetProperty("target").GetString() ?? "",
            Text = text,
            Start = start,
            End = start + text.Length,
        };
    }
}
