using ClaimScope.Reports.Charts;
using ClaimScope.Reports.Exports;
using ClaimScope.Reports.Html;
using ClaimScope.Reports.Markdown;

namespace ClaimScope.Tests.Reports;

public class ChartEmbeddingTests : IDisposable
{
    private const string Svg = """
        <?xml version="1.0" encoding="utf-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><!-- made by a test -->
        <defs><clipPath id="clip1"><rect width="600" height="400"/></clipPath></defs>
        <g clip-path="url(#clip1)"><rect x="10" y="10" width="50" height="200" fill="#0b5cad"/></g>
        </svg>
        """;

    private readonly ReportFolder folder = new();

    public void Dispose() => folder.Dispose();

    private ReportContext ContextWithChart(string svg)
    {
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(folder.File("speedups.svg"), svg);
        File.WriteAllBytes(folder.File("speedups.png"), [0x89, 0x50, 0x4E, 0x47]);
        var chart = new ChartImage("speedups", "Speedups <by> kind", "12 speedup claims.", folder.File("speedups.png"), folder.File("speedups.svg"), 12);
        return new ReportContext(GoldReportInput.Value, [chart], folder.Path);
    }

    [Fact]
    public void The_html_page_inlines_each_chart_svg_with_its_title_and_caption()
    {
        new ClaimsHtmlReport().Export(ContextWithChart(Svg));
        var html = folder.Read("index.html");

        Assert.Contains("<figure class=\"chart\" id=\"chart-speedups\">\n<h3>Speedups &lt;by&gt; kind</h3>\n<div class=\"chart-scroll\"><svg role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"0 0 600 400\"", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>12 speedup claims.</figcaption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_ids_are_prefixed_so_two_charts_cannot_share_a_clip_path()
    {
        new ClaimsHtmlReport().Export(ContextWithChart(Svg));
        var html = folder.Read("index.html");

        Assert.Contains("<clipPath id=\"speedups-clip1\">", html, StringComparison.Ordinal);
        Assert.Contains("clip-path=\"url(#speedups-clip1)\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_that_could_run_script_is_not_inlined()
    {
        new ClaimsHtmlReport().Export(ContextWithChart(Svg.Replace("<defs>", "<script>alert(1)</script><defs>", StringComparison.Ordinal)));
        var html = folder.Read("index.html");

        Assert.DoesNotContain("alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("could not be embedded safely", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Learning JavaScript: onload=run() and &lt;script&gt; tags explained")]
    [InlineData("When One = Many: javascript: URLs in &lt;foreignObject&gt;")]
    public void A_chart_whose_text_merely_mentions_script_is_still_inlined(string text)
    {
        new ClaimsHtmlReport().Export(ContextWithChart(Svg.Replace("</g>", $"<text x=\"5\" y=\"5\">{text}</text></g>", StringComparison.Ordinal)));
        var html = folder.Read("index.html");

        Assert.DoesNotContain("could not be embedded safely", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<foreignObject><div>x</div></foreignObject>")]
    [InlineData("<a href=\"javascript:alert(1)\"><rect width=\"5\" height=\"5\"/></a>")]
    [InlineData("<a href=\"https://example.com/\"><rect width=\"5\" height=\"5\"/></a>")]
    [InlineData("<rect width=\"5\" height=\"5\" onclick=\"alert(1)\"/>")]
    [InlineData("<rect width=\"5\" height=\"5\" fill=\"url(https://example.com/x.svg#p)\"/>")]
    [InlineData("<image href=\"https://example.com/x.png\"/>")]
    public void An_svg_outside_the_allow_list_is_not_inlined(string element)
    {
        new ClaimsHtmlReport().Export(ContextWithChart(Svg.Replace("</g>", element + "</g>", StringComparison.Ordinal)));
        var html = folder.Read("index.html");

        Assert.Contains("could not be embedded safely", html, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_link_to_a_claim_becomes_an_in_page_anchor_with_its_tooltip()
    {
        var link = "<a href=\"index.html#claim=7\"><rect width=\"5\" height=\"5\" fill=\"transparent\"><title>FlashAttention-2: 2×</title></rect></a>";
        new ClaimsHtmlReport().Export(ContextWithChart(Svg.Replace("</g>", link + "</g>", StringComparison.Ordinal)));
        var html = folder.Read("index.html");

        Assert.Contains("<a href=\"#claim=7\"><rect width=\"5\" height=\"5\" fill=\"transparent\"><title>FlashAttention-2: 2×</title></rect></a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_report_shows_each_chart_as_a_png_with_its_caption()
    {
        new ClaimsMarkdownReport().Export(ContextWithChart(Svg));
        var markdown = folder.Read("report.md");

        // The PNG has its title and caption drawn in; the caption is the image's alt text.
        Assert.Contains("### Speedups &lt;by&gt; kind\n\n![12 speedup claims.](speedups.png)", markdown, StringComparison.Ordinal);
    }
}
