namespace ClaimScope.Tests.BadInputs;

/// <summary>
/// Samples the managed heap on a background thread while a piece of work runs, and reports how
/// far above the starting heap it went: memory bounds are asserted on this, never on time.
/// </summary>
internal static class HeapWatch
{
    public static long PeakGrowth(Action work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        var done = false;
        var sampler = new Thread(() =>
        {
            while (!Volatile.Read(ref done))
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(2);
            }
        }) { IsBackground = true };
        sampler.Start();
        try
        {
            work();
        }
        finally
        {
            Volatile.Write(ref done, true);
            sampler.Join();
        }

        return Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false)) - baseline;
    }
}
