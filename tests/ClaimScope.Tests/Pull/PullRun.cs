using ClaimScope.Tests.Cli;

namespace ClaimScope.Tests.Pull;

/// <summary>Runs <c>claimscope pull</c> against a loopback server with short delays, so fault tests run in moments.</summary>
internal static class PullRun
{
    public static CliRun Of(string baseUrl, string cache, params string[] args)
    {
        var all = new List<string> { "pull" };
        all.AddRange(args);
        all.AddRange(["--base-url", baseUrl, "--cache", cache]);
        foreach (var (name, value) in new[] { ("--delay", "0"), ("--retry-delay", "0.01"), ("--timeout", "2") })
        {
            if (!args.Contains(name))
            {
                all.AddRange([name, value]);
            }
        }

        return CliRun.Of([.. all]);
    }

    public static string HfSample(string day) => ReplayServer.Sample("hf_daily_papers_api", $"daily_papers_{day}.json");

    /// <summary>The recorded HF API day for date=2024-06-04, an empty list for any other day.</summary>
    public static ReplayResponse HfDays(System.Net.HttpListenerRequest request) =>
        request.QueryString["date"] == "2024-06-04" ? ReplayResponse.File(HfSample("2024-06-04")) : ReplayResponse.Text(200, "[]");
}
