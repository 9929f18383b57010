using System.Globalization;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
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
        Card(output, "Papers", DisplayNumber.Of(summary.PaperCount), $"{DisplayNumber.Of(summary.PapersWithClaims)} with at least one claim");
        Card(output, "Claims", DisplayNumber.Of(summary.ClaimCount),
            string.Join(" · ", summary.CountsByKind.Select(k => $"{DisplayNumber.Of(k.Value)} {k.Key.ToWire()}")));
        Card(output, "Median speedup", DisplayNumber.Factor(summary.MedianSpeedupFactor), "over speedup claims with a factor");
        Card(output, "Largest speedup", DisplayNumber.Factor(summary.LargestSpeedup?.Claim.Factor),
            summary.LargestSpeedup?.Paper.Title ?? "no speedup claims", summary.LargestSpeedup?.Paper.Id);
        Card(output, "“Up to” claims", DisplayNumber.Percent(summary.UpToShare), "share of all claims stated as a maximum");
        output.Write("</section>\n");
    }

    public static void WriteCharts(TextWriter output, IReadOnlyList<ChartImage> charts)
    {
        output.Write("<section id=\"charts\">\n<h2>Charts</h2>\n");
        if (charts.Count == 0)
        {
            output.Write("<p class=\"note\" id=\"no-charts\">No charts were drawn for this report.</p>\n</section>\n");
            return;
        }

        output.Write("<div class=\"charts\">\n");
        foreach (var chart in charts)
        {
            var name = Escape(chart.Name);
            output.Write($"<figure class=\"chart\" id=\"chart-{name}\">\n<h3>{Escape(chart.Title)}</h3>\n");
            output.Write(SvgInliner.Inline(chart.SvgPath, $"{chart.Name}-", chart.Title)
                ?? "<p class=\"note\">This chart's SVG file is missing or could not be embedded safely.</p>");
            output.Write($"\n<figcaption>{Escape(chart.Caption)}</figcaption>\n</figure>\n");
        }

        output.Write("</div>\n</section>\n");
    }

    public static void WritePapers(TextWriter output, ReportInput input)
    {
        var claimsByPaper = input.Claims.GroupBy(c => c.Paper.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var withClaims = input.Papers.Where(p => claimsByPaper.ContainsKey(p.Id)).ToList();
        output.Write("<section id=\"papers\">\n<h2>Papers</h2>\n<p class=\"note\">");
        output.Write($"{DisplayNumber.Count(withClaims.Count, "paper", "papers")} with claims, each with its evidence marked in the abstract.</p>\n");
        foreach (var paper in withClaims)
        {
            WritePaper(output, paper, claimsByPaper[paper.Id]);
        }

        var without = input.Papers.Where(p => !claimsByPaper.ContainsKey(p.Id)).ToList();
        if (without.Count > 0)
        {
            output.Write($"<details class=\"no-claims\"><summary>{DisplayNumber.Of(without.Count)} papers without claims</summary>\n<ul>\n");
            foreach (var paper in without)
            {
                output.Write($"<li id=\"{Escape(paper.Id)}\"><a href=\"{Escape(PaperLinks.PaperUrl(paper))}\" target=\"_blank\" rel=\"noopener noreferrer\">{Escape(paper.Title)}</a></li>\n");
            }

            output.Write("</ul>\n</details>\n");
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

        meta.Add($"<span title=\"first read from\">{Escape(paper.Source.ToString())}</span>");
        output.Write($"<p class=\"meta\">{string.Join(" · ", meta)}</p>\n");
        output.Write($"<p class=\"abstract\">{Highlight(paper.Abstract, claims.Select(c => (c.Claim.Start, c.Claim.End)))}</p>\n<ul>\n");
        foreach (var claim in claims.Select(c => c.Claim))
        {
            var target = claim.Target.Length > 0 ? $" · {Escape(claim.Target)}" : "";
            output.Write($"<li><span class=\"badge kind-{claim.Kind.ToWire()}\">{claim.Kind.ToWire()}</span> <strong>{Escape(DisplayNumber.Claim(claim))}</strong>{target} — “{Escape(claim.Text)}”</li>\n");
        }

        output.Write("</ul>\n</article>\n");
    }
}
