namespace ClaimScope.Pull;

/// <summary>
/// How politely and how stubbornly to fetch: the pause between requests to one service, the
/// retries of a failed request, and where raw responses are kept. Tests shrink the delays.
/// </summary>
public sealed record PullSettings
{
    /// <summary>The folder of raw responses, one file per request, and of the request log.</summary>
    public required string CacheFolder { get; init; }

    /// <summary>The least time between the starts of two requests (arXiv asks for 3 seconds).</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Retries after the first attempt on 429, 5xx, timeouts and broken connections.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first back-off; each later one doubles, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one attempt may take, body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest Retry-After honoured; a server asking for more makes the request fail.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Names the tool and its purpose, as the services ask of automated clients.</summary>
    public static string DefaultUserAgent { get; } =
        $"ClaimScope/{typeof(PullSettings).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"} (claim extraction from ML paper listings; polite daily fetcher)";
}
