using ClaimScope.Core.Model;
using ClaimScope.Reports;
using ClaimScope.Tests.Reports;

namespace ClaimScope.Tests.Browser;

/// <summary>The page at the extremes: no claims at all, and thousands of them.</summary>
[Collection(ReportPageCollection.Name)]
public sealed class ReportSizeTests(ReportPageFixture fixture) : IDisposable
{
    private readonly ReportFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Write(ReportInput input)
    {
        ReportWriter.Write(input, folder.Path);
        return new Uri(folder.File("index.html")).AbsoluteUri;
    }

    [Fact]
    public async Task A_report_without_claims_loads_without_errors_and_says_so()
    {
        var url = Write(GoldReportInput.Value with { Claims = [] });

        await using var page = await OpenedPage.OpenAsync(fixture, url, "footer");

        Assert.True(await page.Page.GetByText("No claims were found in these papers.").IsVisibleAsync());
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Thousands_of_claims_render_one_page_of_rows_and_still_filter()
    {
        var gold = GoldReportInput.Value;
        var many = Enumerable.Range(0, 12).SelectMany(i => gold.Claims.Select(c => c with { Paper = c.Paper with { Id = $"{c.Paper.Id}-{i}" } })).ToList();
        var url = Write(gold with { Claims = many, Papers = many.Select(c => c.Paper).DistinctBy(p => p.Id).ToList() });

        await using var page = await OpenedPage.OpenAsync(fixture, url, "#row-count[data-matching]");
        await page.Page.Locator("#f-kind").SelectOptionAsync("metric");

        Assert.Equal(many.Count(c => c.Claim.Kind == ClaimKind.Metric), await page.MatchingAsync());
        Assert.Equal(100, await page.Rows.CountAsync());
        Assert.Empty(page.Errors);
    }
}
