namespace ClaimScope.Reports.Charts;

/// <summary>Order statistics and rank correlation over plain doubles.</summary>
internal static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(sorted);
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>The geometric-scale median: factors are multiplicative, so the median of their logs.</summary>
    public static double LogMedian(IEnumerable<double> factors) => Math.Pow(10, Median(factors.Select(Math.Log10)));

    /// <summary>Spearman's rank correlation; NaN when fewer than three pairs or no spread.</summary>
    public static double Spearman(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        if (xs.Count < 3)
        {
            return double.NaN;
        }

        var rx = Ranks(xs);
        var ry = Ranks(ys);
        var mx = rx.Average();
        var my = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            // Ties share the mean of the ranks they span.
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = (start + end) / 2.0;
            }

            start = end + 1;
        }

        return ranks;
    }
}
