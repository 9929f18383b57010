using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ClaimScope.Tests.Pull;

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener on a free port) that answers each request from
/// a script: recorded responses from data/samples, and faults. It records every request it saw.
/// </summary>
internal sealed class ReplayServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<HttpListenerRequest, int, ReplayResponse> answer;
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public ReplayServer(Func<HttpListenerRequest, int, ReplayResponse> answer)
    {
        this.answer = answer;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        loop = Task.Run(Serve);
    }

    /// <summary>The server's root, for <c>--base-url</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Every request seen: path and query, and the conditional headers it carried.</summary>
    public ConcurrentQueue<(string PathAndQuery, string? IfNoneMatch, string? UserAgent)> Requests { get; } = new();

    public int CountOf(string pathAndQueryPart) => Requests.Count(r => r.PathAndQuery.Contains(pathAndQueryPart, StringComparison.Ordinal));

    /// <summary>A loopback address where nothing listens: what an offline machine sees.</summary>
    public static string ClosedUrl() => $"http://127.0.0.1:{FreePort()}/";

    public static string Sample(string folder, string file) => Path.Combine(SeedData.RepoRoot, "data", "samples", folder, file);

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending GetContextAsync: expected on shutdown.
        }

        stop.Dispose();
    }

    private async Task Serve()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        var key = context.Request.Url!.PathAndQuery;
        Requests.Enqueue((key, context.Request.Headers["If-None-Match"], context.Request.UserAgent));
        var attempt = counts.AddOrUpdate(key, 1, (_, n) => n + 1);
        var reply = answer(context.Request, attempt);
        try
        {
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, stop.Token);
            }

            var response = context.Response;
            response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers)
            {
                if (name == "Location")
                {
                    response.RedirectLocation = value;
                }
                else
                {
                    response.Headers[name] = value;
                }
            }

            response.ContentLength64 = reply.Body.Length;
            if (reply.CutAfter is { } cut)
            {
                await response.OutputStream.WriteAsync(reply.Body.AsMemory(0, cut));
                await response.OutputStream.FlushAsync();
                response.Abort();
                return;
            }

            await response.OutputStream.WriteAsync(reply.Body);
            response.Close();
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client gave up (a timeout fault) or the server is stopping.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
