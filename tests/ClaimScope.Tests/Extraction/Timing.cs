using System.Diagnostics;

namespace ClaimScope.Tests.Extraction;

/// <summary>Times a piece of work as the best of three runs, for ratio tests of growth (never for absolute limits).</summary>
internal static class Timing
{
    public static TimeSpan FastestOfThree(Action work)
    {
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            work();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        return best;
    }

    /// <summary>How many times longer the large run took than the small one.</summary>
    public static double Ratio(TimeSpan large, TimeSpan small) => large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, 1);
}
