using ClaimScope.Core.Model;
using ClaimScope.Reports;

namespace ClaimScope.Tests.Reports;

/// <summary>report.md opens with computed takeaways and the coverage line, and feed text cannot become Markdown.</summary>
public sealed class MarkdownReportTests : IDisposable
{
    private readonly ReportFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Report_md_leads_with_three_takeaways_then_the_coverage_line()
    {
        ReportWriter.Write(GoldReportInput.Value, folder.Path);
        var lines = File.ReadAllLines(folder.File("report.md"));

        Assert.Equal("# ClaimScope report", lines[0]);
        Assert.All(lines[2..5], l => Assert.StartsWith("- ", l, StringComparison.Ordinal));
        Assert.Contains("speedup claims with a factor is", lines[2], StringComparison.Ordinal);
        Assert.Contains($"of {GoldReportInput.Value.Claims.Count:#,0} claims", lines[3], StringComparison.Ordinal);
        Assert.Contains("%/year", lines[4], StringComparison.Ordinal);
        Assert.StartsWith($"{GoldReportInput.Value.Claims.Count:#,0} claims in {GoldReportInput.Value.Papers.Count:#,0} papers", lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public void Html_links_and_images_in_a_title_or_evidence_stay_literal_text()
    {
        var gold = GoldReportInput.Value;
        const string title = "Fast <img src=x onerror=alert(1)> [click](https://evil.example) ![pic](https://evil.example/p.png)";
        var paper = gold.Papers[0] with { Id = "md-hostile", Title = title };
        var claim = new Claim { Kind = ClaimKind.Speedup, Value = 99999, Unit = "x", Text = "<b>99999x</b> [faster](javascript:x)", Start = 0, End = 5 };

        ReportWriter.Write(gold with { Papers = [.. gold.Papers, paper], Claims = [.. gold.Claims, new(paper, claim)] }, folder.Path);
        var markdown = File.ReadAllText(folder.File("report.md"));

        Assert.DoesNotContain("<img", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("](https://evil", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\[click\]\(https://evil.example\)", markdown, StringComparison.Ordinal);
    }
}
