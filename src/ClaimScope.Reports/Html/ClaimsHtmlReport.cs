using System.Globalization;
using ClaimScope.Reports.Analysis;
using ClaimScope.Reports.Exports;
using static ClaimScope.Reports.Html.HtmlText;

namespace ClaimScope.Reports.Html;

/// <summary>
/// index.html: one self-contained page that works offline. Styles, script and charts are inline;
/// a Content-Security-Policy allows only the page's own script, so nothing is fetched and
/// nothing a feed contains can run.
/// </summary>
public sealed class ClaimsHtmlReport : ReportExporter
{
    private static readonly (string Key, string Label, bool Numeric)[] Columns =
    [
        ("title", "Paper", false), ("kind", "Kind", false), ("value", "Value", true),
        ("qualifier", "Hedge", false), ("target", "Target", false), ("baseline", "Versus", false), ("factor", "Factor", true),
        ("listed", "Listed", false), ("text", "Evidence", false),
    ];

    /// <summary>Charts shown inside another section rather than under Charts.</summary>
    private static readonly HashSet<string> InSections = new(StringComparer.Ordinal) { "baseline-board" };

    public override string FileName => "index.html";

    protected override void WriteContent(ReportContext context, TextWriter output)
    {
        var input = context.Input;
        var summary = ReportSummary.Of(input);
        var week = ThisWeek.Of(input);
        var board = BaselineBoard.Of(input.Claims);
        var embedded = new EmbeddedClaims(input, context.Charts.SelectMany(c => c.LinkedClaims).Concat(week?.TopClaims.Select(c => c.Index) ?? []));
        WriteHead(output);
        output.Write("<body>\n<header>\n<h1>ClaimScope report</h1>\n<p class=\"meta\" id=\"coverage\">");
        output.Write(Escape(Coverage.Of(input).Sentence()));
        output.Write(" Generated ");
        output.Write(Escape(input.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        output.Write(".</p>\n<nav><a href=\"#summary\">Summary</a><a href=\"#this-week\">This week</a><a href=\"#claims\">Claims</a><a href=\"#baselines\">Baselines</a><a href=\"#charts\">Charts</a><a href=\"#papers\">Papers</a>");
        if (input.Problems.Count > 0)
        {
            output.Write("<a href=\"#problems\">Feed problems</a>");
        }

        output.Write("</nav>\n</header>\n<main>\n");
        HtmlSections.WriteSummary(output, summary);
        AnalystSections.WriteThisWeek(output, week);
        WriteClaimsTable(output, input, embedded);
        AnalystSections.WriteBaselineBoard(output, board, input.Claims.Count);
        foreach (var chart in context.Charts.Where(c => InSections.Contains(c.Name)))
        {
            HtmlSections.WriteChart(output, chart);
        }

        HtmlSections.WriteCharts(output, context.Charts, input.Claims, InSections);
        HtmlSections.WritePapers(output, input, embedded);
        HtmlSections.WriteProblems(output, input.Problems);
        output.Write("</main>\n<footer>Made by ClaimScope. Claims are extracted automatically from the abstracts; open a row to see the evidence. The full data is in claims.csv, claims.jsonl, papers.csv and papers.jsonl.</footer>\n");
        output.Write("<script type=\"application/json\" id=\"report-data\">");
        ClaimsTableData.Write(output, input, embedded);
        output.Write("</script>\n<script>");
        output.Write(HtmlAssets.Script);
        output.Write("</script>\n</body>\n</html>\n");
    }

    private static void WriteHead(TextWriter output)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src '");
        output.Write(HtmlAssets.ScriptHash);
        output.Write("'; base-uri 'none'; form-action 'none'\">\n");
        output.Write("<meta name=\"referrer\" content=\"no-referrer\">\n<title>ClaimScope report</title>\n<style>\n");
        output.Write(HtmlAssets.Style);
        output.Write("</style>\n</head>\n");
    }

    private static void WriteClaimsTable(TextWriter output, ReportInput input, EmbeddedClaims embedded)
    {
        output.Write("<section id=\"claims\">\n<h2>Claims</h2>\n");
        if (input.Claims.Count == 0)
        {
            output.Write("<p class=\"note\">No claims were found in these papers.</p>\n</section>\n");
            return;
        }

        if (embedded.Indices.Count < input.Claims.Count)
        {
            output.Write($"<p class=\"note\" id=\"table-cap\">The table holds the {DisplayNumber.Of(embedded.Indices.Count)} claims with the largest factors (and every claim a chart links to) of {DisplayNumber.Of(input.Claims.Count)}; all are in claims.csv and claims.jsonl.</p>\n");
        }

        output.Write("""
            <div class="filters" role="search">
            <label>Kind<select id="f-kind"><option value="">All kinds</option></select></label>
            <label>Target group<select id="f-group"><option value="">All groups</option></select></label>
            <label>Hedge<select id="f-hedge"><option value="">All hedges</option></select></label>
            <label>Listed<select id="f-listed"><option value="">All dates</option></select></label>
            <label>Versus<select id="f-baseline"><option value="">Any baseline</option><option value="*">Names a baseline</option></select></label>
            <label class="check"><input id="f-credible" type="checkbox"> Credible only<span class="hint">exact or average, baseline named, code</span></label>
            <label>Minimum factor<input id="f-factor" type="number" min="0" step="any" inputmode="decimal" placeholder="e.g. 2"></label>
            <label>Text<input id="f-text" type="search" placeholder="Title, evidence, target…"></label>
            <button type="button" id="f-reset">Reset</button>
            </div>
            <p id="one-claim" hidden>Showing one claim a chart or list links to. <button type="button" id="show-all">Show all claims</button></p>
            <p id="row-count" aria-live="polite"></p>
            <noscript><p class="note">The claims table needs JavaScript; the claims of the papers with the largest ones are also listed under Papers below.</p></noscript>
            <div class="table-wrap"><table id="claims-table">
            <thead><tr><th scope="col"><span class="visually-hidden">Evidence</span></th>
            """);
        foreach (var (key, label, numeric) in Columns)
        {
            output.Write($"<th scope=\"col\" class=\"col-{key}\" data-key=\"{key}\" data-type=\"{(numeric ? "number" : "text")}\" aria-sort=\"{(key == "factor" ? "descending" : "none")}\"><button type=\"button\">{label}</button></th>");
        }

        output.Write("""
            </tr></thead>
            <tbody></tbody>
            </table></div>
            <div class="pager"><button type="button" id="page-prev">Previous</button><span id="page-info"></span><button type="button" id="page-next">Next</button></div>
            </section>

            """);
    }
}
