using ClaimScope.Core.Evaluation;
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

    private static ReportInput Build()
    {
        var papers = SeedPapers.All;
        var gold = GoldSet.Load(SeedData.GoldFile, problem => throw new InvalidDataException(problem.ToString()));
        var baselines = Baselines(SeedData.GoldFile);
        var claims = new List<PaperClaim>();
        foreach (var paper in papers)
        {
            foreach (var goldClaim in gold.Find(paper.Title)?.Claims ?? [])
            {
                if (ToClaim(goldClaim, paper.Abstract) is { } claim)
                {
                    claims.Add(new PaperClaim(paper, claim with { Baseline = baselines.GetValueOrDefault((TitleKey.Normalise(paper.Title), claim.Text)) }));
                }
            }
        }

        return new ReportInput { Papers = papers, Claims = claims, GeneratedAt = GeneratedAt };
    }

    /// <summary>The annotated baseline of each gold claim, by paper title and evidence text (GoldClaim does not carry it).</summary>
    private static Dictionary<(string Title, string Text), string> Baselines(string goldFile)
    {
        var baselines = new Dictionary<(string, string), string>();
        foreach (var line in File.ReadLines(goldFile).Where(l => l.Length > 0))
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            var title = TitleKey.Normalise(document.RootElement.GetProperty("title").GetString()!);
            foreach (var claim in document.RootElement.GetProperty("claims").EnumerateArray())
            {
                if (claim.TryGetProperty("baseline", out var baseline) && baseline.ValueKind == System.Text.Json.JsonValueKind.String && baseline.GetString() is { Length: > 0 } name)
                {
                    baselines.TryAdd((title, claim.GetProperty("text").GetString()!), name);
                }
            }
        }

        return baselines;
    }

    private static Claim? ToClaim(GoldClaim gold, string abstractText)
    {
        var start = abstractText.IndexOf(gold.Text, StringComparison.Ordinal);
        return start < 0 ? null : new Claim
        {
            Kind = gold.Kind,
            Value = gold.Value,
            Low = gold.Low,
            Unit = gold.Unit,
            Qualifier = gold.Qualifier,
            Target = gold.Target,
            Text = gold.Text,
            Start = start,
            End = start + gold.Text.Length,
        };
    }
}
