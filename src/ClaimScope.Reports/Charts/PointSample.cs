namespace ClaimScope.Reports.Charts;

/// <summary>
/// Keeps scatter charts fast and legible at any size: at most a cap of points, chosen at random
/// with a fixed seed so the same input always gives the same image.
/// </summary>
internal static class PointSample
{
    public static IReadOnlyList<T> Take<T>(IReadOnlyList<T> items, int cap)
    {
        if (items.Count <= cap)
        {
            return items;
        }

        // A partial Fisher-Yates shuffle over indices, then input order restored for stable drawing.
        var random = new Random(ChartStyle.Seed);
        var indices = Enumerable.Range(0, items.Count).ToArray();
        for (var i = 0; i < cap; i++)
        {
            var j = random.Next(i, indices.Length);
            (indices[i], indices[j]) = (indices[j], indices[i]);
        }

        Array.Sort(indices, 0, cap);
        return [.. indices.Take(cap).Select(i => items[i])];
    }

    /// <summary>"" when nothing was dropped, else a caption sentence that says how many points are drawn.</summary>
    public static string Note(int total, int drawn) => drawn < total
        ? $" Points: a random {FactorFormat.Count(drawn)} of {FactorFormat.Count(total)} are drawn; medians and counts use all."
        : "";

    /// <summary>A seeded source of jitter so overlapping points spread the same way on every run.</summary>
    public static Random Jitter() => new(ChartStyle.Seed);
}
