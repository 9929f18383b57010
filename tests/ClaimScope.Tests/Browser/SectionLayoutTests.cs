namespace ClaimScope.Tests.Browser;

/// <summary>
/// The analyst's sections are laid out at desktop and phone width. With CLAIMSCOPE_SCREENSHOTS set
/// to a folder, each section is also saved there as a PNG for a person to look at
/// (CLAIMSCOPE_SCREENSHOT_PAGE may name another written index.html, e.g. a corpus report).
/// </summary>
[Collection(ReportPageCollection.Name)]
public class SectionLayoutTests(ReportPageFixture fixture)
{
    private static readonly string[] Sections = ["summary", "this-week", "claims", "baselines", "chart-largest-speedups", "chart-claim-trends"];

    private string Url => Environment.GetEnvironmentVariable("CLAIMSCOPE_SCREENSHOT_PAGE") is { Length: > 0 } page
        ? new Uri(Path.GetFullPath(page)).AbsoluteUri
        : fixture.PageUrl;

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Every_analyst_section_is_on_screen_and_no_wider_than_the_viewport(int width)
    {
        await using var page = await OpenedPage.OpenAsync(fixture, Url, "#row-count[data-matching]", width);
        var folder = Environment.GetEnvironmentVariable("CLAIMSCOPE_SCREENSHOTS");

        foreach (var id in Sections)
        {
            var section = page.Page.Locator($"[id='{id}']");
            var box = await section.BoundingBoxAsync();
            Assert.True(box is { Height: > 40 }, $"{id} is not laid out at {width} px");
            Assert.True(box!.Width <= width, $"{id} is {box.Width} px wide at {width} px");
            if (folder is { Length: > 0 })
            {
                Directory.CreateDirectory(folder);
                // Long sections are cut to their first 1,600 px: enough to judge them, small enough to view.
                await section.ScrollIntoViewIfNeededAsync();
                var top = await page.Page.EvaluateAsync<float>($"document.getElementById('{id}').getBoundingClientRect().top + window.scrollY");
                await page.Page.ScreenshotAsync(new()
                {
                    Path = Path.Combine(folder, $"{id}-{width}.png"),
                    FullPage = true,
                    Timeout = 60_000,
                    Clip = new() { X = 0, Y = top, Width = width, Height = Math.Min(box.Height, 1600) },
                });
            }
        }

        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task On_a_phone_charts_keep_a_readable_width_and_scroll_inside_their_frame()
    {
        await using var page = await OpenedPage.OpenAsync(fixture, width: 390);

        var svg = await page.Page.Locator("#chart-largest-speedups svg").BoundingBoxAsync();

        // 12 px chart text drawn at 720/1000 of its size is still 8.6 px; at 390 px it would be 4.
        Assert.True(svg is { Width: >= 700 }, $"the chart is {svg?.Width} px wide");
        var wider = await page.Page.EvaluateAsync<string>(
            "Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.chart-scroll, .table-wrap'))" +
            ".slice(0, 3).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
        Assert.Equal("", wider);
    }

    [Fact]
    public async Task On_a_phone_the_table_shows_paper_factor_and_evidence_only()
    {
        await using var page = await OpenedPage.OpenAsync(fixture, width: 390);

        var visible = await page.Page.EvaluateAsync<string[]>(
            "Array.from(document.querySelectorAll('#claims-table thead th[data-key]')).filter(th => th.offsetWidth > 0).map(th => th.dataset.key)");

        Assert.Equal(["title", "factor", "text"], visible);
    }
}
