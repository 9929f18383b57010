using System.Globalization;
using Microsoft.Playwright;

namespace ClaimScope.Tests.Browser;

/// <summary>
/// The report opened in a fresh browser page, recording console errors, uncaught exceptions and
/// any request that leaves the file system (there must be none: the page works offline).
/// </summary>
internal sealed class OpenedPage : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private OpenedPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> Requests { get; } = [];

    public ILocator Rows => Page.Locator("#claims-table tbody tr:not(.details)");

    public static Task<OpenedPage> OpenAsync(ReportPageFixture fixture, int width = 1280) =>
        OpenAsync(fixture, fixture.PageUrl, "#row-count[data-matching]", width);

    /// <summary>Opens any written report page and waits until <paramref name="ready"/> is in the page.</summary>
    public static async Task<OpenedPage> OpenAsync(ReportPageFixture fixture, string url, string ready, int width = 1280, float timeoutMs = 5000)
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        // A missing element fails the test in seconds rather than after Playwright's default 30 s;
        // the scale test passes a longer wait, as a big page on a busy machine may take longer to load.
        context.SetDefaultTimeout(timeoutMs);
        var page = await context.NewPageAsync();
        var opened = new OpenedPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                opened.Errors.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => opened.Errors.Add("page error: " + error);
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                opened.Requests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        await page.GotoAsync(url);
        await page.Locator(ready).WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        return opened;
    }

    /// <summary>How many claims match the current filters, as the page states it.</summary>
    public async Task<int> MatchingAsync() =>
        int.Parse(await Page.Locator("#row-count").GetAttributeAsync("data-matching") ?? "-1", CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<string>> CellsAsync(string column) =>
        await Page.Locator($"#claims-table tbody tr:not(.details) td.{column}").AllTextContentsAsync();

    public Task SortByAsync(string key) =>
        Page.Locator($"#claims-table thead th[data-key={key}] button").ClickAsync();

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
