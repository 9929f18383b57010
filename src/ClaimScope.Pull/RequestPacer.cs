namespace ClaimScope.Pull;

/// <summary>Spaces the starts of requests by at least a fixed interval (retries included), as the services' rate limits ask.</summary>
internal sealed class RequestPacer(TimeSpan interval, TimeProvider time)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private long? lastStart;

    public async Task WaitTurnAsync(CancellationToken cancellation)
    {
        await gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            if (lastStart is { } last)
            {
                var wait = interval - time.GetElapsedTime(last);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellation).ConfigureAwait(false);
                }
            }

            lastStart = time.GetTimestamp();
        }
        finally
        {
            gate.Release();
        }
    }
}
