using System.Text.RegularExpressions;
using ClaimScope.Core.Model;
using ClaimScope.Reports;

namespace ClaimScope.Tests.Reports;

public class ReportWriterTests : IDisposable
{
    private readonly ReportFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string WriteHtml(ReportInput input)
    {
        ReportWriter.Write(input, folder.Path);
        return folder.Read("index.html");
    }

    [Fact]
    public void Writes_every_report_file_and_returns_their_paths()
    {
        var written = ReportWriter.Write(GoldReportInput.Value, folder.Path);

        foreach (var name in new[] { "index.html", "report.md", "claims.csv", "claims.jsonl", "papers.csv" })
        {
            Assert.Contains(folder.File(name), written);
        }

        Assert.All(written, path => Assert.True(new FileInfo(path).Length > 0, path));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Reports_progress_for_each_file()
    {
        var steps = new List<string>();

        ReportWriter.Write(GoldReportInput.Value, folder.Path, new SyncProgress(steps.Add));

        Assert.Contains("writing index.html", steps);
        Assert.Contains("writing claims.jsonl", steps);
    }

    [Fact]
    public void The_html_page_loads_no_external_script_style_font_or_image()
    {
        var html = WriteHtml(HostileReportInput.WithGold(GoldReportInput.Value));

        Assert.DoesNotMatch(new Regex(@"<script[^>]+src\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"<link[^>]+href\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"<img[^>]+src\s*=\s*[""']?https?:", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"@import|url\(\s*['""]?https?:", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void A_hostile_title_is_escaped_wherever_the_page_shows_it()
    {
        var html = WriteHtml(HostileReportInput.Value);

        Assert.DoesNotContain("<script>window.__pwned", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.__pwned = 1&lt;/script&gt; Fast &quot;Quoted&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_text_cannot_close_the_json_data_block()
    {
        var html = WriteHtml(HostileReportInput.Value);

        var data = Regex.Match(html, "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("__pwned", data, StringComparison.Ordinal);
        Assert.DoesNotContain('<', data);
    }

    [Fact]
    public void A_javascript_code_url_from_a_feed_never_becomes_a_link()
    {
        var html = WriteHtml(HostileReportInput.Value);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://github.com/x/y\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_paper_with_claims_has_a_section_with_its_evidence_marked()
    {
        var input = GoldReportInput.Value;
        var openVla = input.Claims.First(c => c.Paper.Title.StartsWith("OpenVLA", StringComparison.Ordinal)).Paper;

        var html = WriteHtml(input);

        Assert.Equal(input.Claims.Select(c => c.Paper.Id).Distinct().Count(), Regex.Matches(html, "<article class=\"paper\"").Count);
        Assert.Contains($"<article class=\"paper\" id=\"{openVla.Id}\">", html, StringComparison.Ordinal);
        Assert.Contains("<mark>by 16.5% in absolute task success rate</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_a_paper_without_an_arxiv_id_to_a_hugging_face_search_by_title()
    {
        var html = WriteHtml(HostileReportInput.Value);

        Assert.Contains("href=\"https://huggingface.co/papers?q=%3Cscript%3Ewindow.__pwned", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_feed_problems_with_their_file_and_line()
    {
        var html = WriteHtml(HostileReportInput.Value);

        Assert.Contains("<td>&lt;evil&gt;.txt:7</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_report_escapes_pipes_and_angle_brackets_in_feed_text()
    {
        ReportWriter.Write(HostileReportInput.Value, folder.Path);
        var markdown = folder.Read("report.md");

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.\\_\\_pwned = 1&lt;/script&gt; Fast \"Quoted\" &amp; 'Single' \\| Piped Attention", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_report_lists_the_largest_factors_first_and_counts_every_kind()
    {
        var input = GoldReportInput.Value;
        ReportWriter.Write(input, folder.Path);
        var markdown = folder.Read("report.md");

        var top = input.Claims.Where(c => c.Claim.Factor is not null).MaxBy(c => c.Claim.Factor)!;
        Assert.Matches(new Regex($@"\| 1 \| \[[^\n]*\| {Regex.Escape(Core.Model.ClaimVocabulary.ToWire(top.Claim.Kind))} \|"), markdown);
        foreach (var kind in Enum.GetValues<ClaimKind>())
        {
            var count = input.Claims.Count(c => c.Claim.Kind == kind);
            Assert.Contains($"| {kind.ToWire()} | {count} |", markdown, StringComparison.Ordinal);
        }
    }

    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
