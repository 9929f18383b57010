using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Polly.Timeout;

namespace ClaimScope.Pull;

/// <summary>
/// Fetches requests into the cache folder: a request already done is read from the cache, a live
/// one is asked again conditionally, and every response is checked to be a whole document before
/// it is kept (written beside its file and moved into place, then logged).
/// </summary>
public sealed class Puller : IDisposable
{
    private readonly PullSettings settings;
    private readonly TimeProvider time;
    private readonly HttpFetcher fetcher;
    private readonly RequestLog log;

    public Puller(PullSettings settings, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.settings = settings;
        this.time = time ?? TimeProvider.System;
        fetcher = new HttpFetcher(settings, this.time);
        log = new RequestLog(settings.CacheFolder);
    }

    /// <summary>Today in UTC, the day whose listings are still live.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Gets one request's response from the cache or the service; throws <see cref="PullUnreachableException"/> when offline.</summary>
    public async Task<PulledFile> GetAsync(PullRequest request, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = Path.Combine(settings.CacheFolder, request.CacheFile);
        var done = log.Find(request.CacheFile) is { } entry && File.Exists(path) ? entry : null;
        if (done is not null && !request.Live)
        {
            return Kept(request, PullOutcome.Cached, path);
        }

        using var response = await Send(request.Url, done, cancellation).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified && done is not null)
        {
            return Kept(request, PullOutcome.Unchanged, path);
        }

        if (!response.IsSuccessStatusCode)
        {
            return Failed(request, path, $"HTTP {((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellation).ConfigureAwait(false);
        var (summary, problem) = ResponseCheck.Check(body, request.Content);
        if (summary is null)
        {
            return Failed(request, path, problem!);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".part";
        await File.WriteAllBytesAsync(temp, body, cancellation).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
        log.Add(new RequestLogEntry(request.Url.AbsoluteUri, request.CacheFile, response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture), time.GetUtcNow()));
        return new PulledFile(request, PullOutcome.Fetched, path, summary, null);
    }

    public void Dispose() => fetcher.Dispose();

    private async Task<HttpResponseMessage> Send(Uri url, RequestLogEntry? cached, CancellationToken cancellation)
    {
        try
        {
            return await fetcher.GetAsync(url, cached?.ETag, cached?.LastModified, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or IOException)
        {
            var reason = e switch
            {
                TimeoutRejectedException => $"no answer within {settings.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s",
                _ when Inner<SocketException>(e) is { } socket => socket.Message,
                _ => e.Message,
            };
            throw new PullUnreachableException($"cannot reach {url.GetLeftPart(UriPartial.Authority)} ({reason}; tried {(settings.MaxRetries + 1).ToString(CultureInfo.InvariantCulture)} times): offline, or the service is down", e);
        }
    }

    private static T? Inner<T>(Exception e)
        where T : Exception
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is T match)
            {
                return match;
            }
        }

        return null;
    }

    private static PulledFile Kept(PullRequest request, PullOutcome outcome, string path) =>
        new(request, outcome, path, ResponseCheck.Check(File.ReadAllBytes(path), request.Content).Summary, null);

    private static PulledFile Failed(PullRequest request, string path, string problem) =>
        new(request, PullOutcome.Failed, path, null, $"{request.Url}: {problem}");
}
