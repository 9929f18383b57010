using System.Globalization;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Analysis;

namespace ClaimScope.Tests.Browser;

/// <summary>The analyst's filters, the URL that keeps them, and the links from charts and sections to claims.</summary>
[Collection(ReportPageCollection.Name)]
public class FilterAndLinkTests(ReportPageFixture fixture)
{
    private IReadOnlyList<PaperClaim> Claims => fixture.Input.Claims;

    private static int Number(string? text) => int.Parse(text!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_hedge_filter_keeps_only_claims_with_that_hedge()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        await page.Page.Locator("#f-hedge").SelectOptionAsync("up to");

        Assert.Equal(Claims.Count(c => c.Claim.Qualifier == ClaimQualifier.UpTo), await page.MatchingAsync());
        Assert.All(await page.CellsAsync("qualifier"), q => Assert.Equal("up to", q));
    }

    [Fact]
    public async Task The_listing_filter_keeps_the_claims_of_papers_first_listed_that_day()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        var day = Claims.Select(c => ClaimFacts.Listed(c.Paper)).OfType<DateOnly>().CountBy(d => d).MaxBy(d => d.Value).Key;
        var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await page.Page.Locator("#f-listed").SelectOptionAsync(iso);

        Assert.Equal(Claims.Count(c => ClaimFacts.Listed(c.Paper) == day), await page.MatchingAsync());
        Assert.All(await page.CellsAsync("listed"), d => Assert.Equal(iso, d));
    }

    [Fact]
    public async Task The_baseline_filter_keeps_the_claims_that_beat_that_baseline()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        var top = BaselineBoard.Of(Claims)[0];

        await page.Page.Locator("#f-baseline").SelectOptionAsync(top.Name);

        Assert.Equal(top.Claims.Count, await page.MatchingAsync());
        Assert.All(await page.CellsAsync("baseline"), b => Assert.Equal(BaselineBoard.Key(top.Name), BaselineBoard.Key(b)));
    }

    [Fact]
    public async Task Names_a_baseline_keeps_every_claim_that_names_one()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        await page.Page.Locator("#f-baseline").SelectOptionAsync("*");

        Assert.Equal(Claims.Count(c => ClaimFacts.HasBaseline(c.Claim)), await page.MatchingAsync());
    }

    [Fact]
    public async Task The_credible_filter_keeps_exact_or_average_claims_with_a_baseline_and_code()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        var expected = Claims.Count(ClaimFacts.IsCredible);

        await page.Page.Locator("#f-credible").CheckAsync();

        Assert.InRange(expected, 1, Claims.Count - 1);
        Assert.Equal(expected, await page.MatchingAsync());
        Assert.All(await page.CellsAsync("qualifier"), q => Assert.Contains(q, new[] { "exact", "average" }));
    }

    [Fact]
    public async Task Filters_and_sort_are_kept_in_the_url_and_restored_from_it()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        await page.Page.Locator("#f-hedge").SelectOptionAsync("up to");
        await page.SortByAsync("value");
        var url = page.Page.Url;

        await using var again = await OpenedPage.OpenAsync(fixture, url, "#row-count[data-matching]");

        Assert.Contains("hedge=up%20to", url, StringComparison.Ordinal);
        Assert.Contains("sort=value:desc", url, StringComparison.Ordinal);
        Assert.Equal("up to", await again.Page.Locator("#f-hedge").InputValueAsync());
        Assert.Equal(Claims.Count(c => c.Claim.Qualifier == ClaimQualifier.UpTo), await again.MatchingAsync());
        Assert.Equal("descending", await again.Page.Locator("th[data-key=value]").GetAttributeAsync("aria-sort"));
    }

    [Fact]
    public async Task A_bar_of_the_largest_speedups_chart_opens_its_claim_with_the_evidence()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        var bar = page.Page.Locator("#chart-largest-speedups svg a").First;
        var href = (await bar.GetAttributeAsync("href"))!;
        var claim = Claims[Number(href[(href.IndexOf('=', StringComparison.Ordinal) + 1)..])];

        await bar.DispatchEventAsync("click");
        await page.Page.Locator("#one-claim:not([hidden])").WaitForAsync();

        Assert.Equal(1, await page.MatchingAsync());
        Assert.Equal(claim.Claim.Text, await page.Page.Locator("#claims-table tr.details mark").TextContentAsync());
        Assert.Contains(claim.Paper.Title, await bar.Locator("title").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_all_after_a_chart_link_brings_back_every_claim()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        await page.Page.Locator("#chart-largest-speedups svg a").First.DispatchEventAsync("click");
        await page.Page.Locator("#one-claim:not([hidden])").WaitForAsync();

        await page.Page.Locator("#show-all").ClickAsync();

        Assert.Equal(Claims.Count, await page.MatchingAsync());
        Assert.True(await page.Page.Locator("#one-claim").IsHiddenAsync());
    }

    [Fact]
    public async Task A_baseline_on_the_board_opens_the_table_filtered_to_it()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        var top = BaselineBoard.Of(Claims)[0];

        await page.Page.Locator("#baselines table.board a").First.ClickAsync();
        await page.Page.WaitForFunctionAsync("document.getElementById('f-baseline').value !== ''");

        Assert.Equal(BaselineBoard.Key(top.Name), BaselineBoard.Key(await page.Page.Locator("#f-baseline").InputValueAsync()));
        Assert.Equal(top.Claims.Count, await page.MatchingAsync());
    }

    [Fact]
    public async Task A_dot_of_the_baseline_chart_opens_its_claim()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        var dot = page.Page.Locator("#chart-baseline-board svg a[href^='#claim=']").First;
        var href = (await dot.GetAttributeAsync("href"))!;

        await dot.DispatchEventAsync("click");
        await page.Page.Locator("#one-claim:not([hidden])").WaitForAsync();

        Assert.Equal(href["#claim=".Length..], await page.Rows.First.GetAttributeAsync("data-claim"));
        Assert.True(ClaimFacts.HasBaseline(Claims[Number(href["#claim=".Length..])].Claim));
    }

    [Fact]
    public async Task A_claim_of_this_week_opens_in_the_table()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        var item = page.Page.Locator("#this-week ol.top-claims li").First;
        var index = await item.GetAttributeAsync("data-claim");

        await item.Locator("a.factor").ClickAsync();
        await page.Page.Locator("#one-claim:not([hidden])").WaitForAsync();

        Assert.Equal(index, await page.Rows.First.GetAttributeAsync("data-claim"));
    }
}
