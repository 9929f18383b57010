using System.Diagnostics;
using System.Globalization;
using ClaimScope.Reports;
using ClaimScope.Tests.Browser;
using ClaimScope.Tests.Charts;
using Xunit.Abstractions;

namespace ClaimScope.Tests.Reports;

/// <summary>
/// A report far larger than the seeds: 20,000 synthetic claims by default, CLAIMSCOPE_REPORT_CLAIMS=1000000
/// for the long run (200,000 papers at five claims each). The page stays small because it embeds a
/// capped table; the time to write it and to open it in Chromium are printed, not asserted.
/// </summary>
[Collection(ReportPageCollection.Name)]
public sealed class ReportScaleTests(ReportPageFixture fixture, ITestOutputHelper output) : IDisposable
{
    private const long PageLimit = 20_000_000;

    private readonly ReportFolder folder = new();

    private static int ClaimCount =>
        int.TryParse(Environment.GetEnvironmentVariable("CLAIMSCOPE_REPORT_CLAIMS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 20_000;

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_large_report_keeps_index_html_under_20_mb_and_opens_in_chromium()
    {
        var input = SyntheticInput.Create(ClaimCount, claimsPerPaper: 5);
        var clock = Stopwatch.StartNew();

        ReportWriter.Write(input, folder.Path);
        var written = clock.Elapsed;
        var size = new FileInfo(folder.File("index.html")).Length;
        clock.Restart();
        await using var page = await OpenedPage.OpenAsync(fixture, new Uri(folder.File("index.html")).AbsoluteUri, "#row-count[data-matching]", timeoutMs: 300_000);
        var opened = clock.Elapsed;

        output.WriteLine($"{input.Claims.Count:N0} claims, {input.Papers.Count:N0} papers: report written in {written.TotalSeconds:0.0} s, " +
            $"index.html {size / 1e6:0.0} MB, open in Chromium until the table is filled {opened.TotalSeconds:0.0} s");
        Assert.True(size < PageLimit, $"index.html is {size / 1e6:0.0} MB");
        Assert.Equal(100, await page.Rows.CountAsync());
        Assert.Empty(page.Errors);
    }
}
