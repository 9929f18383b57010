using ClaimScope.Storage;
using ClaimScope.Tests.Cli;

namespace ClaimScope.Tests.Pull;

public sealed class PullArxivTests : DatabaseFolder
{
    private const string Rss = "HANDMADE_rss_cs.LG_2026-08-21_from-spec.xml";

    private string Cache => Path.Combine(Folder, "cache");

    [Fact]
    public void A_search_is_paged_until_max_entries_newest_first()
    {
        using var server = new ReplayServer((request, _) => ArxivReplay.Page(request));

        var run = PullRun.Of(server.BaseUrl, Cache, "arxiv", "--query", "all:testing", "--max", "5", "--page-size", "2", "--db", DbPath);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(
            ["start=0&max_results=2", "start=2&max_results=2", "start=4&max_results=1"],
            server.Requests.Select(r => r.PathAndQuery[(r.PathAndQuery.IndexOf("start=", StringComparison.Ordinal))..r.PathAndQuery.IndexOf("&sortBy", StringComparison.Ordinal)]));
        Assert.All(server.Requests, r => Assert.Contains("search_query=all%3Atesting", r.PathAndQuery, StringComparison.Ordinal));
        Assert.All(server.Requests, r => Assert.Contains("sortBy=submittedDate&sortOrder=descending", r.PathAndQuery, StringComparison.Ordinal));
        using var store = ClaimStore.Open(DbPath);
        Assert.Equal(5, store.PaperCount);
        Assert.Equal(
            ArxivReplay.RecordedIds.Take(5).Select(id => id.Split('/')[^1][..^2]).Order(),
            store.ReadAll().Select(p => p.Paper.ArxivId!).Order());
    }

    [Fact]
    public void An_interrupted_search_resumes_at_the_page_it_lost()
    {
        using (var failing = new ReplayServer((request, _) => request.QueryString["start"] == "2" ? ReplayResponse.Text(503, "down") : ArxivReplay.Page(request)))
        {
            var broken = PullRun.Of(failing.BaseUrl, Cache, "arxiv", "--query", "all:testing", "--max", "4", "--page-size", "2", "--retries", "1");
            Assert.Equal(1, broken.ExitCode);
        }

        using var server = new ReplayServer((request, _) => ArxivReplay.Page(request));
        var resumed = PullRun.Of(server.BaseUrl, Cache, "arxiv", "--query", "all:testing", "--max", "4", "--page-size", "2");

        Assert.True(resumed.ExitCode == 0, resumed.Error);
        var request = Assert.Single(server.Requests);
        Assert.Contains("start=2&max_results=2", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("1 fetched, 1 from the cache", resumed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_stops_at_a_short_page()
    {
        using var server = new ReplayServer((request, _) => ArxivReplay.Page(request));

        var run = PullRun.Of(server.BaseUrl, Cache, "arxiv", "--query", "all:testing", "--max", "500", "--page-size", "40");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(3, server.Requests.Count);
        Assert.Contains("100 entries", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Todays_rss_listing_is_asked_again_with_its_etag_and_kept_when_unchanged()
    {
        var recorded = File.ReadAllBytes(ReplayServer.Sample("arxiv_rss_feed", Rss));
        using var server = new ReplayServer((request, _) => request.Headers["If-None-Match"] == "\"v1\""
            ? new ReplayResponse(304, [])
            : new ReplayResponse(200, recorded).WithHeader("ETag", "\"v1\""));

        var first = PullRun.Of(server.BaseUrl, Cache, "arxiv-rss", "cs.LG");
        var second = PullRun.Of(server.BaseUrl, Cache, "arxiv-rss", "cs.LG");

        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal([null, "\"v1\""], server.Requests.Select(r => r.IfNoneMatch));
        Assert.Equal("/rss/cs.LG", server.Requests.First().PathAndQuery);
        Assert.Contains("1 unchanged", second.Error, StringComparison.Ordinal);
        Assert.Equal(first.Out, second.Out);
        Assert.Equal(recorded, File.ReadAllBytes(first.Out.Trim()));
    }

    [Fact]
    public void A_changed_rss_listing_replaces_the_cached_copy()
    {
        var recorded = File.ReadAllBytes(ReplayServer.Sample("arxiv_rss_feed", Rss));
        var changed = File.ReadAllBytes(ReplayServer.Sample("arxiv_rss_feed", "HANDMADE_atom-listing_math.OC_2026-08-21_from-spec.xml"));
        using var server = new ReplayServer((_, attempt) => new ReplayResponse(200, attempt == 1 ? recorded : changed).WithHeader("ETag", attempt == 1 ? "\"v1\"" : "\"v2\""));

        PullRun.Of(server.BaseUrl, Cache, "arxiv-rss", "cs.LG");
        var second = PullRun.Of(server.BaseUrl, Cache, "arxiv-rss", "cs.LG", "--db", DbPath);

        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("1 fetched", second.Error, StringComparison.Ordinal);
        Assert.Equal(changed, File.ReadAllBytes(Directory.GetFiles(Path.Combine(Cache, "arxiv-rss")).Single()));
    }
}
