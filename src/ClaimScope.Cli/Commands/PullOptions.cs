using System.CommandLine;
using System.Globalization;
using ClaimScope.Pull;

namespace ClaimScope.Cli.Commands;

/// <summary>The options every <c>pull</c> subcommand shares: where responses go, and how politely to ask.</summary>
internal sealed class PullOptions
{
    public Option<string?> Cache { get; } = new("--cache") { Description = "Folder of raw responses, one file per request (default: $CLAIMSCOPE_CACHE, else ~/.cache/claimscope)" };

    public Option<string?> Out { get; } = new("--out", "-o") { Description = "Also copy the pulled files into this folder" };

    public Option<string?> Db { get; } = new("--db") { Description = "Ingest the pulled files into this SQLite database, as 'claimscope ingest' does" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "The service's address (default: its public one, or $CLAIMSCOPE_HF_URL / $CLAIMSCOPE_ARXIV_URL / $CLAIMSCOPE_ARXIV_RSS_URL)" };

    public Option<double?> Delay { get; } = new("--delay") { Description = "Seconds between requests (default: 3 for arXiv, 1 for Hugging Face)" };

    public Option<int> Retries { get; } = new("--retries") { Description = "Retries of a request on 429, 5xx, timeouts and broken connections", DefaultValueFactory = _ => 4 };

    public Option<double> RetryDelay { get; } = new("--retry-delay") { Description = "Seconds of the first back-off; each retry doubles it, with jitter", DefaultValueFactory = _ => 2 };

    public Option<double> Timeout { get; } = new("--timeout") { Description = "Seconds one attempt may take", DefaultValueFactory = _ => 60 };

    public void AddTo(Command command)
    {
        Option[] options = [Cache, Out, Db, BaseUrl, Delay, Retries, RetryDelay, Timeout];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        BaseUrl.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } url && ParseBase(url) is null)
            {
                r.AddError($"--base-url must be an absolute http(s) URL (got '{url}')");
            }
        });
        Retries.Validators.Add(r => NonNegative(r, r.GetValueOrDefault<int>(), "--retries"));
        RetryDelay.Validators.Add(r => NonNegative(r, r.GetValueOrDefault<double>(), "--retry-delay"));
        Delay.Validators.Add(r => NonNegative(r, r.GetValueOrDefault<double?>() ?? 0, "--delay"));
        Timeout.Validators.Add(r => NonNegative(r, r.GetValueOrDefault<double>() - 0.001, "--timeout"));
    }

    public PullSettings Settings(ParseResult parse, double defaultDelay) => new()
    {
        CacheFolder = parse.GetValue(Cache) ?? DefaultCache(),
        Delay = TimeSpan.FromSeconds(parse.GetValue(Delay) ?? defaultDelay),
        MaxRetries = parse.GetValue(Retries),
        RetryDelay = TimeSpan.FromSeconds(parse.GetValue(RetryDelay)),
        Timeout = TimeSpan.FromSeconds(parse.GetValue(Timeout)),
    };

    private static string DefaultCache() =>
        Environment.GetEnvironmentVariable("CLAIMSCOPE_CACHE") is { Length: > 0 } env
            ? env
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "claimscope");

    /// <summary>The option, else the environment variable, else the public address.</summary>
    public Uri Base(ParseResult parse, string variable, Uri fallback) =>
        ParseBase(parse.GetValue(BaseUrl) ?? Environment.GetEnvironmentVariable(variable) ?? "") ?? fallback;

    private static Uri? ParseBase(string text) =>
        Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    private static void NonNegative(System.CommandLine.Parsing.OptionResult result, double value, string name)
    {
        if (value < 0)
        {
            result.AddError(string.Format(CultureInfo.InvariantCulture, "{0} must not be negative", name));
        }
    }
}
