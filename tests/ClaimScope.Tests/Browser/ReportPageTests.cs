using ClaimScope.Tests.Reports;

namespace ClaimScope.Tests.Browser;

[Collection(ReportPageCollection.Name)]
public class ReportPageTests(ReportPageFixture fixture)
{
    [Fact]
    public async Task Loads_offline_without_console_errors_or_network_requests()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        await page.Page.Locator("#f-text").FillAsync("memory");
        await page.Page.Locator("footer").ScrollIntoViewIfNeededAsync();

        if (Environment.GetEnvironmentVariable("CLAIMSCOPE_SCREENSHOT") is { Length: > 0 } shot)
        {
            // For a person to look at: the top of the page with one row opened, and the first paper section.
            await page.Page.Locator("#f-reset").ClickAsync();
            await page.Rows.Nth(1).Locator("button.expand").ClickAsync();
            await page.Page.ScreenshotAsync(new() { Path = shot, FullPage = true, Clip = new() { X = 0, Y = 0, Width = 1280, Height = 2000 } });
            await page.Page.Locator("article.paper").First.ScreenshotAsync(new() { Path = Path.ChangeExtension(shot, ".paper.png") });
            var claimsTop = await page.Page.EvaluateAsync<float>("document.getElementById('claims').getBoundingClientRect().top + window.scrollY");
            await page.Page.ScreenshotAsync(new() { Path = Path.ChangeExtension(shot, ".claims.png"), FullPage = true, Clip = new() { X = 0, Y = claimsTop, Width = 1280, Height = 1400 } });
            await page.Page.SetViewportSizeAsync(390, 900);
            await page.Page.ScreenshotAsync(new() { Path = Path.ChangeExtension(shot, ".phone.png") });
        }

        Assert.Empty(page.Errors);
        Assert.Empty(page.Requests);
    }

    [Fact]
    public async Task Every_chart_is_visible_with_its_title_and_caption()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        var figures = page.Page.Locator("figure.chart");
        Assert.Equal(fixture.ChartCount, await figures.CountAsync());
        if (fixture.ChartCount == 0)
        {
            Assert.True(await page.Page.Locator("#no-charts").IsVisibleAsync());
        }

        for (var i = 0; i < fixture.ChartCount; i++)
        {
            var figure = figures.Nth(i);
            var box = await figure.Locator("svg").First.BoundingBoxAsync();
            Assert.True(box is { Width: > 100, Height: > 50 }, $"chart {i} is not visible");
            Assert.NotEmpty((await figure.Locator("h3").TextContentAsync())!);
            Assert.NotEmpty((await figure.Locator("figcaption").TextContentAsync())!);
        }
    }

    [Fact]
    public async Task Summary_cards_show_the_paper_and_claim_counts()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);

        var figures = await page.Page.Locator("#summary .card .figure").AllTextContentsAsync();

        Assert.Equal(fixture.Input.Papers.Count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), figures[0]);
        Assert.Equal(fixture.Input.Claims.Count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), figures[1]);
    }

    [Fact]
    public async Task A_hostile_title_is_shown_as_text_and_never_runs()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        var section = page.Page.Locator($"article[id='{HostileReportInput.ScriptPaper.Id}']");

        await page.Page.Locator("#f-text").FillAsync("Piped Attention");
        await page.Rows.First.Locator("button.expand").ClickAsync();

        Assert.Equal(HostileReportInput.ScriptTitle, await section.Locator("h3").TextContentAsync());
        Assert.Equal(HostileReportInput.ScriptTitle, await page.Rows.First.Locator("td.title").TextContentAsync());
        Assert.Equal(HostileReportInput.ImageEvidence, await page.Page.Locator("tr.details mark").TextContentAsync());
        Assert.True(await page.Page.GetByText("window.__pwned = 1").First.IsVisibleAsync());
        Assert.Equal("undefined", await page.Page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, await page.Page.Locator("img, main script").CountAsync());
    }

    [Fact]
    public async Task A_row_links_to_its_paper_section()
    {
        await using var page = await OpenedPage.OpenAsync(fixture);
        var claim = int.Parse((await page.Rows.First.GetAttributeAsync("data-claim"))!, System.Globalization.CultureInfo.InvariantCulture);
        var first = fixture.Input.Claims[claim].Paper;

        await page.Rows.First.Locator("td.title a").First.ClickAsync();

        Assert.EndsWith("#" + first.Id, page.Page.Url, StringComparison.Ordinal);
        Assert.True(await page.Page.Locator($"article[id='{first.Id}']").IsVisibleAsync());
    }

    [Fact]
    public async Task Stays_usable_on_a_phone_sized_screen()
    {
        await using var page = await OpenedPage.OpenAsync(fixture, width: 390);

        var overflow = await page.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");

        Assert.False(overflow, "the page scrolls sideways on a narrow screen");
        Assert.Empty(page.Errors);
    }
}
