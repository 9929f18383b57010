using System.Globalization;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Analysis;
using ClaimScope.Reports.Exports;
using static ClaimScope.Reports.Markdown.MarkdownText;

namespace ClaimScope.Reports.Markdown;

/// <summary>
/// report.md: the report's story for a Git host or wiki: summary, charts as PNG images with their
/// captions, claims per kind, and the largest speedup and reduction claims.
/// </summary>
public sealed class ClaimsMarkdownReport : ReportExporter
{
    /// <summary>How many claims the "top claims" table lists.</summary>
    public const int TopClaimCount = 25;

    public override string FileName => "report.md";

    protected override void WriteContent(ReportContext context, TextWriter output)
    {
        var input = context.Input;
        var summary = ReportSummary.Of(input);
        output.Write("# ClaimScope report\n\n");
        foreach (var sentence in Takeaways.Of(input, summary))
        {
            output.Write($"- {Escape(sentence)}\n");
        }

        output.Write($"\n{Escape(Coverage.Of(input).Sentence())} Generated ");
        output.Write(input.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        output.Write(". The interactive version is `index.html`; the data is in `claims.csv`, `claims.jsonl`, `papers.csv` and `papers.jsonl`.\n\n");

        WriteSummary(output, summary);
        WriteCharts(output, context);
        WriteTopClaims(output, input.Claims);
        WriteProblems(output, input);
    }

    private static void WriteSummary(TextWriter output, ReportSummary summary)
    {
        output.Write("## Summary\n\n| Figure | Value |\n|---|---:|\n");
        output.Write($"| Papers | {DisplayNumber.Of(summary.PaperCount)} ({DisplayNumber.Of(summary.PapersWithClaims)} with claims) |\n");
        output.Write($"| Claims | {DisplayNumber.Of(summary.ClaimCount)} |\n");
        output.Write($"| Median speedup factor (over {DisplayNumber.Of(summary.SpeedupFactorCount)} speedup claims with a factor) | {DisplayNumber.Factor(summary.MedianSpeedupFactor)} |\n");
        var largest = summary.LargestSpeedup is { } top ? $"{DisplayNumber.Factor(top.Claim.Factor)} ({Link(top.Paper.Title, PaperLinks.PaperUrl(top.Paper))})" : "—";
        output.Write($"| Largest speedup factor (same set) | {largest} |\n");
        output.Write($"| Credible claims (exact or average, baseline named, code linked; of all claims) | {DisplayNumber.Of(summary.CredibleCount)} |\n");
        output.Write($"| Share of \"up to\" claims (of all claims) | {DisplayNumber.Percent(summary.UpToShare)} |\n\n");

        output.Write("### Claims per kind\n\n| Kind | Claims |\n|---|---:|\n");
        foreach (var (kind, count) in summary.CountsByKind)
        {
            output.Write($"| {kind.ToWire()} | {DisplayNumber.Of(count)} |\n");
        }

        output.Write('\n');
    }

    private static void WriteCharts(TextWriter output, ReportContext context)
    {
        output.Write("## Charts\n\n");
        if (context.Charts.Count == 0)
        {
            output.Write("No charts were drawn for this report.\n\n");
            return;
        }

        foreach (var chart in context.Charts)
        {
            var relative = Path.GetRelativePath(context.OutDir, chart.PngPath).Replace('\\', '/');
            var url = string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));
            // The PNG carries its title and caption drawn in; the caption is repeated only as alt text.
            output.Write($"### {Escape(chart.Title)}\n\n![{Escape(chart.Caption)}]({Url(url)})\n\n");
        }
    }

    private static void WriteTopClaims(TextWriter output, IReadOnlyList<PaperClaim> claims)
    {
        var top = claims.Where(c => ClaimFacts.Factor(c.Claim) is not null)
            .OrderByDescending(c => ClaimFacts.Sure(c.Claim))
            .ThenByDescending(c => ClaimFacts.Factor(c.Claim))
            .Take(TopClaimCount)
            .ToList();
        output.Write("## Top claims\n\n");
        if (top.Count == 0)
        {
            output.Write("No speedup or reduction claim states a factor.\n\n");
            return;
        }

        output.Write($"The {DisplayNumber.Of(top.Count)} speedup, reduction and ×-improvement claims with the largest factor, ranges ranked by their low end (percentages converted: p% faster is 1 + p/100, p% smaller is 1 / (1 − p/100)).\n\n");
        output.Write("| # | Paper | Kind | Claim | Target | Versus | Code | Factor | Evidence |\n|---:|---|---|---|---|---|---|---:|---|\n");
        var rank = 0;
        foreach (var (paper, claim) in top)
        {
            rank++;
            var code = PaperLinks.CodeUrl(paper) is { } url ? Link("code", url) : "";
            output.Write($"| {rank.ToString(CultureInfo.InvariantCulture)} | {Link(paper.Title, PaperLinks.PaperUrl(paper))} | {claim.Kind.ToWire()} | {Escape(DisplayNumber.Claim(claim))} | " +
                $"{Escape(DisplayText.Target(claim.Target))} | {Escape(claim.Baseline?.Trim())} | {code} | {Escape(ClaimFacts.FactorText(claim))} | {Escape(DisplayText.Evidence(claim.Text))} |\n");
        }

        output.Write('\n');
    }

    private static void WriteProblems(TextWriter output, ReportInput input)
    {
        if (input.Problems.Count == 0)
        {
            return;
        }

        output.Write($"## Feed problems\n\n{DisplayNumber.ProblemNote(input.Problems.Count)}\n\n");
        output.Write("| Where | Problem |\n|---|---|\n");
        foreach (var problem in input.Problems)
        {
            output.Write($"| {Escape(problem.Location.ToString())} | {Escape(problem.Message)} |\n");
        }

        output.Write('\n');
    }
}
