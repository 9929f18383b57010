using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// Log axes the ScottPlot 5 way: data is plotted as log10 values and the axis gets ticks placed
/// at 1, 2, 5, 10... and labelled with the real values. Tick density follows the span, so a
/// range of 1.1x-1.5x and one of 1x-100,000x both get 4-10 labels.
/// </summary>
internal static class LogScale
{
    public static double ToLog(double value) => Math.Log10(value);

    /// <summary>The axis range (in log10) that shows <paramref name="min"/>..<paramref name="max"/> with a little air.</summary>
    public static (double Low, double High) Range(double min, double max)
    {
        var low = Math.Log10(min);
        var high = Math.Log10(max);
        if (high - low < 0.3)
        {
            var mid = (low + high) / 2;
            (low, high) = (mid - 0.15, mid + 0.15);
        }

        var pad = (high - low) * 0.05;
        return (low - pad, high + pad);
    }

    public static NumericManual Ticks(double low, double high, string suffix)
    {
        var ticks = new NumericManual();
        var span = high - low;
        double[] mantissas = span switch
        {
            <= 0.6 => [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8],
            <= 1.5 => [1, 1.5, 2, 3, 5, 7],
            <= 3 => [1, 2, 5],
            <= 5 => [1, 3],
            _ => [1],
        };
        var decadeStep = span <= 7 ? 1 : (int)Math.Ceiling(span / 7);
        var firstDecade = (int)Math.Floor(low);
        var lastDecade = (int)Math.Ceiling(high);
        for (var decade = firstDecade; decade <= lastDecade; decade++)
        {
            foreach (var mantissa in mantissas)
            {
                var value = mantissa * Math.Pow(10, decade);
                var position = Math.Log10(value);
                if (position < low || position > high)
                {
                    continue;
                }

                // With many decades only every decadeStep-th power of ten is labelled; the rest stay as minor ticks.
                if (mantissa == 1 && decade % decadeStep != 0)
                {
                    ticks.AddMinor(position);
                }
                else
                {
                    ticks.AddMajor(position, Label(value, suffix));
                }
            }

            if (mantissas.Length <= 2 && span <= 7)
            {
                for (var minor = 2; minor <= 9; minor++)
                {
                    var position = Math.Log10(minor * Math.Pow(10, decade));
                    if (position >= low && position <= high && !mantissas.Contains(minor))
                    {
                        ticks.AddMinor(position);
                    }
                }
            }
        }

        return ticks;
    }

    /// <summary>"2×", "1,000×", "0.5×": the real value with a thousands separator and a unit suffix.</summary>
    public static string Label(double value, string suffix)
    {
        var text = value >= 1000
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("0.###", CultureInfo.InvariantCulture);
        return text + suffix;
    }
}
