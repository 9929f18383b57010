using ClaimScope.Storage;
using ClaimScope.Tests.Cli;

namespace ClaimScope.Tests.Pull;

public sealed class PullHuggingFaceTests : DatabaseFolder
{
    private string Cache => Path.Combine(Folder, "cache");

    [Fact]
    public void Each_past_day_is_fetched_once_and_a_rerun_reads_the_cache_without_a_request()
    {
        using var server = new ReplayServer((request, _) => PullRun.HfDays(request));

        var first = PullRun.Of(server.BaseUrl, Cache, "hf", "--from", "2024-06-04", "--to", "2024-06-05");
        var second = PullRun.Of(server.BaseUrl, Cache, "hf", "--from", "2024-06-04", "--to", "2024-06-05");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("2 fetched, 0 from the cache", first.Error, StringComparison.Ordinal);
        Assert.Contains("0 fetched, 2 from the cache", second.Error, StringComparison.Ordinal);
        var cached = Path.Combine(Cache, "hf", "daily_papers_2024-06-04.json");
        Assert.Equal(File.ReadAllBytes(PullRun.HfSample("2024-06-04")), File.ReadAllBytes(cached));
        Assert.Equal(cached, first.Out.Trim());
    }

    [Fact]
    public void Requests_name_the_tool_in_their_user_agent_and_ask_for_the_day()
    {
        using var server = new ReplayServer((request, _) => PullRun.HfDays(request));

        PullRun.Of(server.BaseUrl, Cache, "hf", "--from", "2024-06-04", "--to", "2024-06-04");

        var (path, _, agent) = Assert.Single(server.Requests);
        Assert.Equal("/api/daily_papers?date=2024-06-04", path);
        Assert.StartsWith("ClaimScope/", agent, StringComparison.Ordinal);
    }

    [Fact]
    public void Pulling_into_a_database_stores_what_ingesting_the_recorded_file_stores()
    {
        using var server = new ReplayServer((request, _) => PullRun.HfDays(request));
        var direct = Path.Combine(Folder, "direct.db");

        var pull = PullRun.Of(server.BaseUrl, Cache, "hf", "--from", "2024-06-03", "--to", "2024-06-05", "--db", DbPath);
        CliRun.Of("ingest", PullRun.HfSample("2024-06-04"), "--db", direct);

        Assert.True(pull.ExitCode == 0, pull.Error);
        Assert.Contains("claimscope: stored", pull.Error, StringComparison.Ordinal);
        using var pulled = ClaimStore.Open(DbPath);
        using var expected = ClaimStore.Open(direct);
        Assert.True(pulled.PaperCount > 0);
        Assert.Equal((expected.PaperCount, expected.ClaimCount), (pulled.PaperCount, pulled.ClaimCount));
    }

    [Fact]
    public void Out_copies_the_pulled_files_into_the_folder_and_lists_the_copies()
    {
        using var server = new ReplayServer((request, _) => PullRun.HfDays(request));
        var outDir = Path.Combine(Folder, "listings");

        var run = PullRun.Of(server.BaseUrl, Cache, "hf", "--from", "2024-06-04", "--to", "2024-06-04", "--out", outDir);

        var copy = Path.Combine(outDir, "daily_papers_2024-06-04.json");
        Assert.Equal(copy, run.Out.Trim());
        Assert.Equal(File.ReadAllBytes(PullRun.HfSample("2024-06-04")), File.ReadAllBytes(copy));
    }

    [Fact]
    public void An_empty_day_is_cached_but_not_given_to_ingest()
    {
        using var server = new ReplayServer((request, _) => PullRun.HfDays(request));

        var run = PullRun.Of(server.BaseUrl, Cache, "hf", "--from", "2024-06-08", "--to", "2024-06-08", "--db", DbPath);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("[]", File.ReadAllText(Path.Combine(Cache, "hf", "daily_papers_2024-06-08.json")));
        Assert.Contains("1 fetched", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("stored", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Requests_are_spaced_by_the_configured_delay()
    {
        using var server = new ReplayServer((request, _) => PullRun.HfDays(request));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        // Three requests one second apart cannot finish in less than two seconds (unpaced they take milliseconds).
        var run = CliRun.Of("pull", "hf", "--from", "2024-06-01", "--to", "2024-06-03", "--base-url", server.BaseUrl, "--cache", Cache, "--delay", "1");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(3, server.Requests.Count);
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) >= TimeSpan.FromSeconds(2));
    }
}
