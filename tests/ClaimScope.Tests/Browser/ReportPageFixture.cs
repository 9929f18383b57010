using ClaimScope.Reports;
using ClaimScope.Tests.Reports;
using Microsoft.Playwright;

namespace ClaimScope.Tests.Browser;

/// <summary>
/// One headless Chromium and one written report (gold claims plus hostile papers), shared by
/// every browser test. Chromium comes from the system (apt's /usr/bin/chromium); Playwright
/// never downloads a browser. Without Chromium every browser test fails with a clear message.
/// </summary>
public sealed class ReportPageFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly ReportFolder folder = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public ReportInput Input { get; } = HostileReportInput.WithGold(GoldReportInput.Value);

    /// <summary>Charts the report embedded (as many as the chart set drew).</summary>
    public int ChartCount { get; private set; }

    public string PageUrl => new Uri(folder.File("index.html")).AbsoluteUri;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("the browser is not started");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}: the browser tests need it (run `apt-get install -y chromium` as root; CI does).");
        }

        var written = ReportWriter.Write(Input, folder.Path);
        ChartCount = written.Count(p => p.EndsWith(".svg", StringComparison.Ordinal));

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        folder.Dispose();
    }
}
