using ClaimScope.Tests.Cli;

namespace ClaimScope.Tests.Pull;

public sealed class PullFaultTests : DatabaseFolder
{
    private const string Day = "2024-06-04";

    private string Cache => Path.Combine(Folder, "cache");

    private string Cached => Path.Combine(Cache, "hf", $"daily_papers_{Day}.json");

    private static byte[] Recorded => File.ReadAllBytes(PullRun.HfSample(Day));

    [Fact]
    public void Too_many_requests_waits_as_long_as_retry_after_asks_then_succeeds()
    {
        using var server = new ReplayServer((_, attempt) =>
            attempt == 1 ? ReplayResponse.Text(429, "slow down").WithHeader("Retry-After", "1") : new ReplayResponse(200, Recorded));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        var run = Pull(server);

        // The back-off alone is 10 ms here: only the server's Retry-After makes the run last a second.
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) >= TimeSpan.FromSeconds(1));
        AssertRecorded(run, server, attempts: 2);
    }

    [Fact]
    public void Service_unavailable_is_retried_until_the_listing_comes()
    {
        using var server = new ReplayServer((_, attempt) => attempt <= 2 ? ReplayResponse.Text(503, "busy") : new ReplayResponse(200, Recorded));

        var run = Pull(server);

        AssertRecorded(run, server, attempts: 3);
    }

    [Fact]
    public void An_attempt_that_times_out_is_retried()
    {
        using var server = new ReplayServer((_, attempt) => new ReplayResponse(200, Recorded) { Delay = attempt == 1 ? TimeSpan.FromSeconds(5) : TimeSpan.Zero });

        var run = Pull(server, "--timeout", "0.5");

        AssertRecorded(run, server, attempts: 2);
    }

    [Fact]
    public void A_body_cut_short_is_retried_and_never_cached_half()
    {
        using var server = new ReplayServer((_, attempt) => new ReplayResponse(200, Recorded) { CutAfter = attempt == 1 ? Recorded.Length / 2 : null });

        var run = Pull(server);

        AssertRecorded(run, server, attempts: 2);
    }

    [Fact]
    public void Invalid_json_is_reported_not_cached_and_asked_again_while_other_days_are_kept()
    {
        using var server = new ReplayServer((request, _) =>
            request.QueryString["date"] == "2024-06-05" ? ReplayResponse.Text(200, "[{\"paper\": {\"id\": ") : PullRun.HfDays(request));

        var first = Pull(server, "--to", "2024-06-05");
        var second = Pull(server, "--to", "2024-06-05");

        Assert.Equal((1, 1), (first.ExitCode, second.ExitCode));
        Assert.Contains($"{server.BaseUrl}api/daily_papers?date=2024-06-05: not a whole JSON document", first.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Cached));
        Assert.False(File.Exists(Path.Combine(Cache, "hf", "daily_papers_2024-06-05.json")));
        Assert.Equal(2, server.CountOf("date=2024-06-05"));
        Assert.Equal(1, server.CountOf("date=2024-06-04"));
    }

    [Fact]
    public void A_redirect_is_followed_to_the_listing()
    {
        using var server = new ReplayServer((request, _) => request.Url!.AbsolutePath == "/moved"
            ? new ReplayResponse(200, Recorded)
            : ReplayResponse.Text(302, "").WithHeader("Location", "/moved"));

        var run = Pull(server);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(Recorded, File.ReadAllBytes(Cached));
    }

    [Fact]
    public void A_client_error_is_reported_once_and_not_retried()
    {
        using var server = new ReplayServer((_, _) => ReplayResponse.Text(404, "no such day"));

        var run = Pull(server);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(server.Requests);
        Assert.Contains("HTTP 404", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_service_is_one_clear_line_and_exit_code_3()
    {
        var run = PullRun.Of(ReplayServer.ClosedUrl(), Cache, "hf", "--from", Day, "--to", Day, "--retries", "1");

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.StartsWith("claimscope: error: cannot reach http://127.0.0.1:", line, StringComparison.Ordinal);
        Assert.Contains("offline, or the service is down", line, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    /// <summary>The run succeeded after this many attempts, and the cache holds the whole recorded listing.</summary>
    private void AssertRecorded(CliRun run, ReplayServer server, int attempts)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(attempts, server.Requests.Count);
        Assert.Equal(Recorded, File.ReadAllBytes(Cached));
    }

    private CliRun Pull(ReplayServer server, params string[] extra)
    {
        var args = new List<string> { "hf", "--from", Day };
        if (!extra.Contains("--to"))
        {
            args.AddRange(["--to", Day]);
        }

        return PullRun.Of(server.BaseUrl, Cache, [.. args, .. extra]);
    }
}
