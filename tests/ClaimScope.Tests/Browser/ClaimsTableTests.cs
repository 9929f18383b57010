using System.Globalization;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Tests.Browser;

[Collection(ReportPageCollection.Name)]
public class ClaimsTableTests(ReportPageFixture fixture)
{
    private IReadOnlyList<PaperClaim> Claims => fixture.Input.Claims;

    /// <summary>A shown number back as a double: "1,000×" → 1000, "2–3x" → 3 (the upper end, as sorted), "40 %" → 40.</summary>
    internal static double? Shown(string cell)
    {
        var text = cell.Replace(",", "", StringComparison.Ordinal);
        text = text[(text.IndexOf('–', StringComparison.Ordinal) + 1)..];
        var number = new string([.. text.TakeWhile(c => char.IsAsciiDigit(c) || c == '.')]);
        return number.Length == 0 ? null : double.Parse(number, CultureInfo.InvariantCulture);
    }

    private int ClaimOf(string dataClaim) => int.Parse(dataClaim, CultureInfo.InvariantCulture);

    private static void AssertOrdered(IReadOnlyList<double?> values, int direction)
    {
        var numbers = values.TakeWhile(v => v is not null).Select(v => v!.Value).ToList();
        Assert.All(values.Skip(numbers.Count), v => Assert.Null(v));
        Assert.All(numbers.Zip(numbers.Skip(1)), pair => Assert.True((pair.Second - pair.First) * direction >= -0.01, $"{pair.First} then {pair.Second}"));
    }

    [Fact]
    public async Task Shows_the_first_page_of_all_claims_with_a_row_count()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        Assert.Equal(Claims.Count, await page.MatchingAsync());
        Assert.Equal(100, await page.Rows.CountAsync());
        Assert.Contains($"of {DisplayNumber.Of(Claims.Count)} matching claims", await page.Page.Locator("#row-count").TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Rows_open_sorted_by_factor_largest_first()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        var descending = (await page.CellsAsync("factor")).Select(Shown).ToList();

        AssertOrdered(descending, -1);
        Assert.Equal(Math.Round(Claims.Max(c => ClaimScope.Reports.Analysis.ClaimFacts.Factor(c.Claim))!.Value, 2), descending[0]!.Value, 2);
        Assert.Equal("descending", await page.Page.Locator("th[data-key=factor]").GetAttributeAsync("aria-sort"));
    }

    [Fact]
    public async Task Clicking_the_sorted_factor_column_reverses_it()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        await page.SortByAsync("factor");

        AssertOrdered((await page.CellsAsync("factor")).Select(Shown).ToList(), 1);
        Assert.Equal("ascending", await page.Page.Locator("th[data-key=factor]").GetAttributeAsync("aria-sort"));
    }

    [Fact]
    public async Task The_first_click_on_value_sorts_numbers_largest_first()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        await page.SortByAsync("value");

        var values = (await page.CellsAsync("value")).Select(Shown).ToList();
        AssertOrdered(values, -1);
        Assert.Equal(Claims.Max(c => ClaimScope.Reports.Analysis.ClaimFacts.StatedNumber(c.Claim)), values[0]);
        Assert.Equal("descending", await page.Page.Locator("th[data-key=value]").GetAttributeAsync("aria-sort"));
    }

    [Fact]
    public async Task Sorting_by_kind_groups_the_kinds_alphabetically()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        await page.SortByAsync("kind");

        var kinds = await page.CellsAsync("kind");
        Assert.Equal("improvement", kinds[0]);
        Assert.Equal(kinds.Order(StringComparer.Ordinal), kinds);
    }

    [Fact]
    public async Task The_kind_filter_keeps_only_that_kind()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        await page.Page.Locator("#f-kind").SelectOptionAsync("speedup");

        Assert.Equal(Claims.Count(c => c.Claim.Kind == ClaimKind.Speedup), await page.MatchingAsync());
        Assert.All(await page.CellsAsync("kind"), k => Assert.Equal("speedup", k));
    }

    [Fact]
    public async Task The_target_group_filter_keeps_the_claims_of_that_group()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        await page.Page.Locator("#f-group").SelectOptionAsync("memory");

        var expected = Claims.Count(c => ClaimScope.Reports.Analysis.ClaimFacts.Group(c.Claim) == "memory");
        Assert.True(expected > Claims.Count(c => c.Claim.Target == "memory"), "the group folds several targets");
        Assert.Equal(expected, await page.MatchingAsync());
    }

    [Fact]
    public async Task The_minimum_factor_filter_drops_smaller_factors_and_claims_without_one()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        await page.Page.Locator("#f-factor").FillAsync("10");

        Assert.Equal(Claims.Count(c => c.Claim.Factor >= 10), await page.MatchingAsync());
        Assert.All(await page.CellsAsync("factor"), f => Assert.True(Shown(f) >= 10, f));
    }

    [Fact]
    public async Task The_text_filter_searches_titles_and_evidence_ignoring_case()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        await page.Page.Locator("#f-text").FillAsync("flashattention");

        var expected = Claims.Count(c => c.Paper.Title.Contains("flashattention", StringComparison.OrdinalIgnoreCase)
            || c.Claim.Text.Contains("flashattention", StringComparison.OrdinalIgnoreCase));
        Assert.True(expected > 0);
        Assert.Equal(expected, await page.MatchingAsync());
    }

    [Fact]
    public async Task Reset_clears_every_filter()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        await page.Page.Locator("#f-kind").SelectOptionAsync("reduction");
        await page.Page.Locator("#f-text").FillAsync("memory");

        await page.Page.Locator("#f-reset").ClickAsync();

        Assert.Equal(Claims.Count, await page.MatchingAsync());
    }

    [Fact]
    public async Task Next_shows_the_following_page_of_rows()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        var first = await page.CellsAsync("text");

        await page.Page.Locator("#page-next").ClickAsync();

        Assert.NotEqual(first, await page.CellsAsync("text"));
        Assert.StartsWith("Showing 101–200 of", await page.Page.Locator("#row-count").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_row_marks_its_evidence_inside_the_abstract()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        var claim = Claims[ClaimOf((await page.Rows.First.GetAttributeAsync("data-claim"))!)];

        await page.Rows.First.Locator("button.expand").ClickAsync();

        var details = page.Page.Locator("#claims-table tr.details").First;
        Assert.Equal(claim.Claim.Text, await details.Locator("mark").TextContentAsync());
        Assert.Equal(claim.Paper.Abstract, await details.Locator("p.abstract").TextContentAsync());
    }

    [Fact]
    public async Task Each_claim_shows_its_named_baseline_as_text()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        await page.Page.Locator("#f-text").FillAsync("FlashAttention <i");

        Assert.Equal([Reports.HostileReportInput.HostileBaseline], await page.CellsAsync("baseline"));
        Assert.Equal(0, await page.Rows.First.Locator("td.baseline i").CountAsync());
    }
}
