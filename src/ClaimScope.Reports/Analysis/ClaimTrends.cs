namespace ClaimScope.Reports.Analysis;

/// <summary>
/// Are claimed factors growing? Per-period quartiles and a least-squares fit of log10(factor)
/// on time in years, with a seeded percentile bootstrap over claims for the interval.
/// </summary>
public static class ClaimTrends
{
    private const int BootstrapRounds = 200;
    private const int Seed = 20240607;

    /// <summary>The factor claims with a listing date, as the trend analysis reads them.</summary>
    public static IReadOnlyList<(DateOnly Date, double Factor, string Group)> Dated(IEnumerable<Core.Model.PaperClaim> claims) => [.. claims
        .Select(c => (Date: ClaimFacts.Listed(c.Paper), Factor: ClaimFacts.Factor(c.Claim), Group: ClaimFacts.Group(c.Claim)))
        .Where(c => c.Date is not null && c.Factor is not null)
        .Select(c => (c.Date!.Value, c.Factor!.Value, c.Group))];

    /// <summary>Quarters when the dates span more than two years, else months.</summary>
    public static bool UseQuarters(DateOnly first, DateOnly last) => last.DayNumber - first.DayNumber > 2 * 365;

    /// <summary>The first day of the month or quarter holding <paramref name="date"/>.</summary>
    public static DateOnly PeriodStart(DateOnly date, bool quarters) =>
        new(date.Year, quarters ? (((date.Month - 1) / 3) * 3) + 1 : date.Month, 1);

    /// <summary>One entry per period that holds at least one claim, in date order.</summary>
    public static IReadOnlyList<PeriodStat> Periods(IReadOnlyList<(DateOnly Date, double Factor)> claims, bool quarters)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return [.. claims
            .GroupBy(c => PeriodStart(c.Date, quarters))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var logs = g.Select(c => Math.Log10(c.Factor)).Order().ToArray();
                return new PeriodStat(g.Key, logs.Length, Math.Pow(10, Quantile(logs, 0.5)), Math.Pow(10, Quantile(logs, 0.25)), Math.Pow(10, Quantile(logs, 0.75)));
            })];
    }

    /// <summary>
    /// The trend the chart draws: a least-squares line through the log medians of the periods,
    /// weighted by their claim counts, so it follows the medians on the chart. The interval is a
    /// percentile bootstrap over claims (periods and medians recomputed each round); above
    /// <see cref="BootstrapSample"/> claims each round draws that many and the interval is scaled
    /// by √(m/n) (an m-out-of-n bootstrap), so a million claims stay fast. Null with fewer than 10
    /// claims or fewer than two periods.
    /// </summary>
    public static TrendFit? Fit(IReadOnlyList<(DateOnly Date, double Factor)> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count < 10)
        {
            return null;
        }

        var quarters = UseQuarters(claims.Min(c => c.Date), claims.Max(c => c.Date));
        var periodOf = claims.Select(c => PeriodStart(c.Date, quarters)).ToArray();
        var periods = periodOf.Distinct().Order().ToArray();
        var slot = periodOf.Select(p => Array.BinarySearch(periods, p)).ToArray();
        var logs = claims.Select(c => Math.Log10(c.Factor)).ToArray();
        var years = periods.Select(p => p.DayNumber / 365.25).ToArray();
        if (MedianLine(slot, logs, years, null) is not { } line)
        {
            return null;
        }

        var random = new Random(Seed);
        var m = Math.Min(claims.Count, BootstrapSample);
        var pick = new int[m];
        var slopes = new List<double>(BootstrapRounds);
        for (var round = 0; round < BootstrapRounds; round++)
        {
            for (var i = 0; i < m; i++)
            {
                pick[i] = random.Next(claims.Count);
            }

            if (MedianLine(slot, logs, years, pick) is { } b)
            {
                slopes.Add(b.Slope);
            }
        }

        var sorted = slopes.Order().ToArray();
        var scale = Math.Sqrt(m / (double)claims.Count);
        var low = line.Slope - ((line.Slope - Quantile(sorted, 0.025)) * scale);
        var high = line.Slope + ((Quantile(sorted, 0.975) - line.Slope) * scale);
        return new TrendFit(claims.Count, Math.Pow(10, line.Slope), Math.Pow(10, low), Math.Pow(10, high), line.CenterYears, line.CenterLog);
    }

    /// <summary>Rows drawn per bootstrap round at most.</summary>
    public const int BootstrapSample = 20_000;

    /// <summary>The weighted line through the period medians of the picked claims (all when null).</summary>
    private static (double Slope, double CenterYears, double CenterLog)? MedianLine(int[] slot, double[] logs, double[] years, int[]? pick)
    {
        var buckets = new List<double>[years.Length];
        for (var p = 0; p < buckets.Length; p++)
        {
            buckets[p] = [];
        }

        var n = pick?.Length ?? logs.Length;
        for (var k = 0; k < n; k++)
        {
            var i = pick?[k] ?? k;
            buckets[slot[i]].Add(logs[i]);
        }

        var xs = new List<double>();
        var ys = new List<double>();
        var ws = new List<double>();
        for (var p = 0; p < buckets.Length; p++)
        {
            if (buckets[p].Count > 0)
            {
                buckets[p].Sort();
                xs.Add(years[p]);
                ys.Add(Quantile(buckets[p], 0.5));
                ws.Add(buckets[p].Count);
            }
        }

        return WeightedSlope(xs, ys, ws);
    }

    /// <summary>Weighted least squares: the slope, and the weighted means the line passes through; null without spread in x.</summary>
    internal static (double Slope, double CenterYears, double CenterLog)? WeightedSlope(IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<double> ws)
    {
        double sw = 0, mx = 0, my = 0;
        for (var i = 0; i < xs.Count; i++)
        {
            sw += ws[i];
            mx += ws[i] * xs[i];
            my += ws[i] * ys[i];
        }

        if (sw == 0)
        {
            return null;
        }

        mx /= sw;
        my /= sw;
        double sxy = 0, sxx = 0;
        for (var i = 0; i < xs.Count; i++)
        {
            sxy += ws[i] * (xs[i] - mx) * (ys[i] - my);
            sxx += ws[i] * (xs[i] - mx) * (xs[i] - mx);
        }

        return sxx > 1e-12 ? (sxy / sxx, mx, my) : null;
    }

    /// <summary>Linear interpolation between order statistics (type 7, as R and NumPy default).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
