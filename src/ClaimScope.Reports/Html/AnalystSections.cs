using ClaimScope.Core.Model;
using ClaimScope.Reports.Analysis;
using ClaimScope.Reports.Charts;
using ClaimScope.Reports.Exports;
using static ClaimScope.Reports.Html.HtmlText;

namespace ClaimScope.Reports.Html;

/// <summary>The sections an analyst reads first: this week, the baseline board, claim trends by target group.</summary>
internal static class AnalystSections
{
    private const int BoardRows = 15;
    private const int TrendGroups = 6;

    public static void WriteThisWeek(TextWriter output, ThisWeek? week)
    {
        output.Write("<section id=\"this-week\">\n<h2>This week</h2>\n");
        if (week is null)
        {
            output.Write("<p class=\"note\">No paper in these inputs has a listing date, so there is no newest listing to show.</p>\n</section>\n");
            return;
        }

        var listings = string.Join(", ", week.Listings.Select(Coverage.Iso));
        output.Write($"<p class=\"coverage\" id=\"week-coverage\">Listings {Escape(listings)}: {DisplayNumber.Count(week.Papers.Count, "paper", "papers")}, " +
            $"{DisplayNumber.Count(week.ClaimCount, "claim", "claims")}.");
        output.Write(week.PreviousListing is { } previous
            ? $" <strong>{DisplayNumber.Count(week.NewPapers.Count, "paper is", "papers are")} new</strong> on {Coverage.Iso(week.Listings[^1])} (not in any listing up to {Coverage.Iso(previous)}).</p>\n"
            : "</p>\n");
        if (week.TopClaims.Count == 0)
        {
            output.Write("<p class=\"note\">No claim of these papers states a factor.</p>\n</section>\n");
            return;
        }

        output.Write($"<h3>The week's largest claims</h3>\n<ol class=\"top-claims\">\n");
        var fresh = week.NewPapers.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (item, index) in week.TopClaims)
        {
            WriteClaimItem(output, item, index, fresh.Contains(item.Paper.Id));
        }

        output.Write("</ol>\n</section>\n");
    }

    /// <summary>One claim as a list item with every credibility cue: factor, hedge, baseline, code, upvotes.</summary>
    private static void WriteClaimItem(TextWriter output, PaperClaim item, int index, bool isNew)
    {
        var claim = item.Claim;
        output.Write($"<li data-claim=\"{index}\"><a class=\"factor\" href=\"#claim={index}\">{Escape(ClaimFacts.FactorText(claim))}</a> ");
        output.Write(Hedge(claim));
        output.Write($" <span class=\"badge kind-{claim.Kind.ToWire()}\">{claim.Kind.ToWire()}</span> ");
        if (claim.Target.Length > 0)
        {
            output.Write($"{Escape(DisplayText.Target(claim.Target))} ");
        }

        output.Write(ClaimFacts.HasBaseline(claim)
            ? $"<span class=\"vs\">vs {Escape(claim.Baseline!.Trim())}</span>"
            : "<span class=\"vs none\">no baseline named</span>");
        output.Write($" · <a href=\"{Escape(PaperLinks.PaperUrl(item.Paper))}\" target=\"_blank\" rel=\"noopener noreferrer\">{Escape(item.Paper.Title)}</a>");
        if (PaperLinks.CodeUrl(item.Paper) is { } code)
        {
            output.Write($" · <a class=\"code\" href=\"{Escape(code)}\" target=\"_blank\" rel=\"noopener noreferrer\">code</a>");
        }

        if (item.Paper.Upvotes is { } upvotes)
        {
            output.Write($" · {DisplayNumber.Count(upvotes, "upvote", "upvotes")}");
        }

        if (isNew)
        {
            output.Write(" <span class=\"new\">new</span>");
        }

        output.Write($"<div class=\"evidence\">“{Escape(DisplayText.Evidence(claim.Text))}”</div></li>\n");
    }

    public static string Hedge(Claim claim) =>
        $"<span class=\"hedge hedge-{ClaimFacts.Hedge(claim).Replace(' ', '-')}\">{Escape(ClaimFacts.Hedge(claim))}</span>";

    public static void WriteBaselineBoard(TextWriter output, IReadOnlyList<BaselineRow> board, int claimCount)
    {
        output.Write("<section id=\"baselines\">\n<h2>Baseline board</h2>\n");
        if (board.Count == 0)
        {
            output.Write("<p class=\"note\">No claim names the baseline it beats.</p>\n</section>\n");
            return;
        }

        var named = board.Sum(r => r.Claims.Count);
        output.Write($"<p class=\"note\">{DisplayNumber.Of(named)} of {DisplayNumber.Count(claimCount, "claim", "claims")} name what they beat ({DisplayNumber.Count(board.Count, "baseline", "baselines")}); " +
            $"the {Math.Min(BoardRows, board.Count)} beaten by most papers. A baseline opens its claims in the table.</p>\n");
        output.Write("<div class=\"table-wrap\"><table class=\"board\">\n<thead><tr><th scope=\"col\">Baseline</th><th scope=\"col\" class=\"num\">Claims</th><th scope=\"col\" class=\"num\">Papers</th>" +
            "<th scope=\"col\" class=\"num\">Median factor</th><th scope=\"col\" class=\"num\">Range</th><th scope=\"col\">Papers that beat it</th></tr></thead>\n<tbody>\n");
        foreach (var row in board.Take(BoardRows))
        {
            var range = row.Factors.Count == 0 ? "—" : $"{DisplayNumber.Factor(row.Factors[0])}–{DisplayNumber.Factor(row.Factors[^1])}";
            var papers = row.Claims.Select(c => c.Item.Paper).DistinctBy(p => p.Id).Take(3).Select(p => Escape(TextWrap.Shorten(p.Title, 60)));
            var more = row.PaperCount > 3 ? $" and {DisplayNumber.Of(row.PaperCount - 3)} more" : "";
            output.Write($"<tr><td><a href=\"#baseline={Escape(Uri.EscapeDataString(row.Name))}\">{Escape(row.Name)}</a></td><td class=\"num\">{DisplayNumber.Of(row.Claims.Count)}</td>" +
                $"<td class=\"num\">{DisplayNumber.Of(row.PaperCount)}</td><td class=\"num\">{DisplayNumber.Factor(row.MedianFactor)}</td><td class=\"num\">{range}</td>" +
                $"<td>{string.Join("; ", papers)}{more}</td></tr>\n");
        }

        output.Write("</tbody>\n</table></div>\n</section>\n");
    }

    public static void WriteTrends(TextWriter output, IReadOnlyList<PaperClaim> claims)
    {
        var dated = ClaimTrends.Dated(claims);
        var fits = dated.GroupBy(d => d.Group)
            .OrderByDescending(g => g.Count())
            .Take(TrendGroups)
            .Select(g => (Group: g.Key, Fit: ClaimTrends.Fit([.. g.Select(d => (d.Date, d.Factor))])))
            .Prepend(("all target groups", ClaimTrends.Fit([.. dated.Select(d => (d.Date, d.Factor))])))
            .Where(f => f.Item2 is not null)
            .ToList();
        if (fits.Count == 0)
        {
            return;
        }

        output.Write("<div class=\"table-wrap\" id=\"trend-table\"><table class=\"board\">\n<caption>Trend of the claimed factor per target group: a line through the monthly or quarterly median factors by listing date (log scale, weighted by claims), 95% bootstrap interval</caption>\n");
        output.Write("<thead><tr><th scope=\"col\">Target group</th><th scope=\"col\" class=\"num\">Claims</th><th scope=\"col\">Change per year</th><th scope=\"col\">Reading</th></tr></thead>\n<tbody>\n");
        foreach (var (group, fit) in fits)
        {
            var reading = fit!.IsSignificant ? (fit.PerYear > 1 ? "growing" : "shrinking") : "no clear change";
            output.Write($"<tr><td>{Escape(group)}</td><td class=\"num\">{DisplayNumber.Of(fit.Count)}</td><td>{Escape(fit.Describe())}</td><td>{reading}</td></tr>\n");
        }

        output.Write("</tbody>\n</table></div>\n");
    }
}
