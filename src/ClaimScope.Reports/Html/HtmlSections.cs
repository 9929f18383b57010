using System.Globalization;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Analysis;
using ClaimScope.Reports.Charts;
using ClaimScope.Reports.Exports;
using static ClaimScope.Reports.Html.HtmlText;

namespace ClaimScope.Reports.Html;

/// <summary>The static sections of index.html: summary cards, charts, one section per paper, feed problems.</summary>
internal static class HtmlSections
{
    public static void WriteSummary(TextWriter output, ReportSummary summary)
    {
        output.Write("<section id=\"summary\" aria-label=\"Summary\" class=\"cards\">\n");
        Card(output, "Papers", DisplayNumber.Of(summary.PaperCount), $"all unique papers read; {DisplayNumber.Of(summary.PapersWithClaims)} with at least one claim");
        Card(output, "Claims", DisplayNumber.Of(summary.ClaimCount),
            string.Join(" · ", summary.CountsByKind.Select(k => $"{DisplayNumber.Of(k.Value)} {k.Key.ToWire()}")));
        var speedups = DisplayNumber.Count(summary.SpeedupFactorCount, "speedup claim", "speedup claims");
        Card(output, "Median speedup", DisplayNumber.Factor(summary.MedianSpeedupFactor), $"median of the {speedups} with a factor");
        Card(output, "Largest speedup", DisplayNumber.Factor(summary.LargestSpeedup?.Claim.Factor),
            summary.LargestSpeedup is { } top ? $"largest of the same {speedups}: {top.Paper.Title}" : "no speedup claims", summary.LargestSpeedup?.Paper.Id);
        Card(output, "Credible claims", DisplayNumber.Of(summary.CredibleCount), $"of all {DisplayNumber.Of(summary.ClaimCount)}: exact or average, baseline named, code linked");
        Card(output, "“Up to” claims", DisplayNumber.Percent(summary.UpToShare), $"share of all {DisplayNumber.Of(summary.ClaimCount)} claims stated as a maximum");
        output.Write("</section>\n");
    }

    /// <summary>Every chart except those another section shows; the trend table follows the trend chart.</summary>
    public static void WriteCharts(TextWriter output, IReadOnlyList<ChartImage> charts, IReadOnlyList<PaperClaim> claims, ISet<string> shownElsewhere)
    {
        output.Write("<section id=\"charts\">\n<h2>Charts</h2>\n");
        if (charts.Count == 0)
        {
            output.Write("<p class=\"note\" id=\"no-charts\">No charts were drawn for this report.</p>\n</section>\n");
            return;
        }

        output.Write("<div class=\"charts\">\n");
        foreach (var chart in charts.Where(c => !shownElsewhere.Contains(c.Name)))
        {
            WriteChart(output, chart);
            if (chart.Name == "claim-trends")
            {
                AnalystSections.WriteTrends(output, claims);
            }
        }

        output.Write("</div>\n</section>\n");
    }

    public static void WriteChart(TextWriter output, ChartImage chart)
    {
        var name = Escape(chart.Name);
        output.Write($"<figure class=\"chart\" id=\"chart-{name}\">\n<h3>{Escape(chart.Title)}</h3>\n<div class=\"chart-scroll\">");
        output.Write(SvgInliner.Inline(chart.SvgPath, $"{chart.Name}-", chart.Title)
            ?? "<p class=\"note\">This chart's SVG file is missing or could not be embedded safely.</p>");
        output.Write($"</div>\n<figcaption>{Escape(chart.Caption)}</figcaption>\n</figure>\n");
    }

    public static void WritePapers(TextWriter output, ReportInput input, EmbeddedClaims embedded)
    {
        var claimsByPaper = input.Claims.GroupBy(c => c.Paper.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var byId = input.Papers.DistinctBy(p => p.Id).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var shown = embedded.Sections.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        output.Write("<section id=\"papers\">\n<h2>Papers</h2>\n<p class=\"note\" id=\"papers-note\">");
        output.Write(shown.Count < claimsByPaper.Count
            ? $"The {DisplayNumber.Count(shown.Count, "paper", "papers")} with the largest claims, each with its evidence marked in the abstract, of {DisplayNumber.Of(claimsByPaper.Count)} papers with claims; every paper is in papers.csv and papers.jsonl.</p>\n"
            : $"{DisplayNumber.Count(shown.Count, "paper", "papers")} with claims, each with its evidence marked in the abstract.</p>\n");
        foreach (var paper in shown)
        {
            WritePaper(output, paper, claimsByPaper[paper.Id]);
        }

        var without = input.Papers.Where(p => !claimsByPaper.ContainsKey(p.Id)).ToList();
        if (without.Count > 0 && without.Count <= EmbeddedClaims.PaperSectionCap * 5)
        {
            output.Write($"<details class=\"no-claims\"><summary>{DisplayNumber.Of(without.Count)} papers without claims</summary>\n<ul>\n");
            foreach (var paper in without)
            {
                output.Write($"<li id=\"{Escape(paper.Id)}\"><a href=\"{Escape(PaperLinks.PaperUrl(paper))}\" target=\"_blank\" rel=\"noopener noreferrer\">{Escape(paper.Title)}</a></li>\n");
            }

            output.Write("</ul>\n</details>\n");
        }
        else if (without.Count > 0)
        {
            output.Write($"<p class=\"note\">{DisplayNumber.Of(without.Count)} papers without claims are listed in papers.csv.</p>\n");
        }

        output.Write("</section>\n");
    }

    public static void WriteProblems(TextWriter output, IReadOnlyList<FeedProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        output.Write($"<section id=\"problems\" class=\"problems\">\n<h2>Feed problems</h2>\n<p class=\"note\">{DisplayNumber.ProblemNote(problems.Count)}</p>\n");
        output.Write("<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Problem</th></tr></thead>\n<tbody>\n");
        foreach (var problem in problems)
        {
            output.Write($"<tr><td>{Escape(problem.Location.ToString())}</td><td>{Escape(problem.Message)}</td></tr>\n");
        }

        output.Write("</tbody>\n</table></div>\n</section>\n");
    }

    private static void Card(TextWriter output, string label, string figure, string sub, string? paperId = null)
    {
        var text = paperId is null ? Escape(sub) : $"<a href=\"#{Escape(Uri.EscapeDataString(paperId))}\">{Escape(sub)}</a>";
        output.Write($"<div class=\"card\"><div class=\"label\">{Escape(label)}</div><div class=\"figure\">{Escape(figure)}</div><div class=\"sub\">{text}</div></div>\n");
    }

    private static void WritePaper(TextWriter output, Paper paper, List<PaperClaim> claims)
    {
        output.Write($"<article class=\"paper\" id=\"{Escape(paper.Id)}\">\n");
        output.Write($"<h3><a href=\"{Escape(PaperLinks.PaperUrl(paper))}\" target=\"_blank\" rel=\"noopener noreferrer\">{Escape(paper.Title)}</a></h3>\n");
        var meta = new List<string>();
        if (paper.Organisation is { } org)
        {
            meta.Add(Escape(org.Name));
        }

        if (paper.Date is { } date)
        {
            meta.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (paper.Upvotes is { } upvotes)
        {
            meta.Add(DisplayNumber.Count(upvotes, "upvote", "upvotes"));
        }

        if (PaperLinks.CodeUrl(paper) is { } code)
        {
            meta.Add($"<a href=\"{Escape(code)}\" target=\"_blank\" rel=\"noopener noreferrer\">code</a>");
        }

        if (ClaimFacts.Listed(paper) is { } listed && paper.Appearances.Any(a => a.ListingDate is not null))
        {
            meta.Add($"first listed {Coverage.Iso(listed)}");
        }

        // Only the file name: a local path says nothing to the reader and leaks the analyst's folders.
        meta.Add($"<span title=\"first read from\">{Escape(Path.GetFileName(paper.Source.File) + ":" + paper.Source.Line.ToString(CultureInfo.InvariantCulture))}</span>");
        output.Write($"<p class=\"meta\">{string.Join(" · ", meta)}</p>\n");
        output.Write($"<p class=\"abstract\">{Highlight(paper.Abstract, claims.Select(c => (c.Claim.Start, c.Claim.End)))}</p>\n<ul>\n");
        foreach (var claim in claims.Select(c => c.Claim))
        {
            var target = claim.Target.Length > 0 ? $" · {Escape(DisplayText.Target(claim.Target))}" : "";
            var baseline = ClaimFacts.HasBaseline(claim) ? $" · vs {Escape(claim.Baseline!.Trim())}" : "";
            output.Write($"<li><span class=\"badge kind-{claim.Kind.ToWire()}\">{claim.Kind.ToWire()}</span> {AnalystSections.Hedge(claim)} <strong>{Escape(DisplayNumber.Claim(claim))}</strong>{target}{baseline} — “{Escape(DisplayText.Evidence(claim.Text))}”</li>\n");
        }

        output.Write("</ul>\n</article>\n");
    }
}
