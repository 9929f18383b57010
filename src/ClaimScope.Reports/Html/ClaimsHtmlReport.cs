using System.Globalization;
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
        ("title", "Paper", false), ("kind", "Kind", false), ("value", "Value", true), ("unit", "Unit", false),
        ("qualifier", "Qualifier", false), ("target", "Target", false), ("baseline", "Versus", false), ("factor", "Factor", true), ("text", "Evidence", false),
    ];

    public override string FileName => "index.html";

    protected override void WriteContent(ReportContext context, TextWriter output)
    {
        var input = context.Input;
        var summary = ReportSummary.Of(input);
        WriteHead(output);
        output.Write("<body>\n<header>\n<h1>ClaimScope report</h1>\n<p class=\"meta\">Quantitative claims in ");
        output.Write(DisplayNumber.Of(summary.PaperCount));
        output.Write(" paper abstracts · generated ");
        output.Write(Escape(input.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        output.Write("</p>\n<nav><a href=\"#summary\">Summary</a><a href=\"#charts\">Charts</a><a href=\"#claims\">Claims</a><a href=\"#papers\">Papers</a>");
        if (input.Problems.Count > 0)
        {
            output.Write("<a href=\"#problems\">Feed problems</a>");
        }

        output.Write("</nav>\n</header>\n<main>\n");
        HtmlSections.WriteSummary(output, summary);
        HtmlSections.WriteCharts(output, context.Charts);
        WriteClaimsTable(output, input);
        HtmlSections.WritePapers(output, input);
        HtmlSections.WriteProblems(output, input.Problems);
        output.Write("</main>\n<footer>Made by ClaimScope. Claims are extracted automatically from the abstracts; open a row to see the evidence.</footer>\n");
        output.Write("<script type=\"application/json\" id=\"report-data\">");
        ClaimsTableData.Write(output, input.Claims);
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

    private static void WriteClaimsTable(TextWriter output, ReportInput input)
    {
        output.Write("<section id=\"claims\">\n<h2>Claims</h2>\n");
        if (input.Claims.Count == 0)
        {
            output.Write("<p class=\"note\">No claims were found in these papers.</p>\n</section>\n");
            return;
        }

        output.Write("""
            <div class="filters" role="search">
            <label>Kind<select id="f-kind"><option value="">All kinds</option></select></label>
            <label>Target<select id="f-target"><option value="">All targets</option></select></label>
            <label>Minimum factor<input id="f-factor" type="number" min="0" step="any" inputmode="decimal" placeholder="e.g. 2"></label>
            <label>Text<input id="f-text" type="search" placeholder="Title, evidence, target…"></label>
            <button type="button" id="f-reset">Reset</button>
            </div>
            <p id="row-count" aria-live="polite"></p>
            <noscript><p class="note">The claims table needs JavaScript; every claim is also listed under Papers below.</p></noscript>
            <div class="table-wrap"><table id="claims-table">
            <thead><tr><th scope="col"><span class="visually-hidden">Evidence</span></th>
            """);
        foreach (var (key, label, numeric) in Columns)
        {
            output.Write($"<th scope=\"col\" data-key=\"{key}\" data-type=\"{(numeric ? "number" : "text")}\" aria-sort=\"none\"><button type=\"button\">{label}</button></th>");
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
