using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ClaimScope.Pull;

/// <summary>
/// One shared <see cref="HttpClient"/> behind a Polly pipeline: each attempt is paced and has its
/// own timeout; 429, 5xx, timeouts and broken bodies are retried with exponential back-off and
/// jitter, waiting as long as a Retry-After header asks.
/// </summary>
internal sealed class HttpFetcher : IDisposable
{
    private readonly HttpClient client;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly RequestPacer pacer;

    public HttpFetcher(PullSettings settings, TimeProvider time)
    {
        client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 5, AutomaticDecompression = DecompressionMethods.All })
        {
            Timeout = Timeout.InfiniteTimeSpan, // each attempt has its own timeout in the pipeline
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(settings.UserAgent);
        pacer = new RequestPacer(settings.Delay, time);
        pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, settings.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryDelay,
                MaxDelay = settings.MaxRetryAfter,
                ShouldHandle = args => ValueTask.FromResult(settings.MaxRetries > 0 && IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, settings.MaxRetryAfter, time)),
            })
            .AddTimeout(settings.Timeout)
            .Build();
    }

    /// <summary>Sends a GET (conditional when validators are given) and returns the buffered response.</summary>
    public async Task<HttpResponseMessage> GetAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellation) =>
        await pipeline.ExecuteAsync(
            async token =>
            {
                await pacer.WaitTurnAsync(token).ConfigureAwait(false);
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
                {
                    request.Headers.IfNoneMatch.Add(tag);
                }

                if (lastModified is not null && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
                {
                    request.Headers.IfModifiedSince = since;
                }

                // The body is read inside the attempt, so a connection cut mid-body is retried like any other failure.
                return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
            },
            cancellation).ConfigureAwait(false);

    public void Dispose() => client.Dispose();

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException or IOException } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests
            || response.StatusCode == HttpStatusCode.RequestTimeout
            || (int)response.StatusCode >= 500,
        _ => false,
    };

    /// <summary>The server's Retry-After (seconds or a date), capped; null lets the back-off decide.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is { } w ? TimeSpan.FromTicks(Math.Clamp(w.Ticks, 0, max.Ticks)) : null;
    }
}
