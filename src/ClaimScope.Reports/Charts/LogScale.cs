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

        // Ending the axis just past a labelled value (1x rather than 1.07x) lets the reader anchor
        // the scale, as long as that does not waste more than a fifth of the width.
        var span = high - low;
        var nice = TickPositions(Math.Floor(low), Math.Ceiling(high), Mantissas(span)).ToList();
        var snappedLow = nice.Where(p => p <= low + 1e-9).DefaultIfEmpty(low).Max();
        var snappedHigh = nice.Where(p => p >= high - 1e-9).DefaultIfEmpty(high).Min();
        low = low - snappedLow <= span * 0.2 ? snappedLow : low;
        high = snappedHigh - high <= span * 0.2 ? snappedHigh : high;
        var pad = (high - low) * 0.03;
        return (low - pad, high + pad);
    }

    public static NumericManual Ticks(double low, double high, string suffix) => new([.. TickList(low, high, suffix)]);

    /// <summary>Major ticks at labelled values, minor ticks between them, positions in log10.</summary>
    public static List<Tick> TickList(double low, double high, string suffix)
    {
        var ticks = new List<Tick>();
        var span = high - low;
        var mantissas = Mantissas(span);
        var decadeStep = span <= 7 ? 1 : (int)Math.Ceiling(span / 7);
        var firstDecade = (int)Math.Floor(low);
        var lastDecade = (int)Math.Ceiling(high);
        for (var decade = firstDecade; decade <= lastDecade; decade++)
        {
            foreach (var mantissa in mantissas)
            {
                var value = mantissa * Math.Pow(10, decade);
                var position = Math.Log10(value);
                // A tolerance, because the range may have been snapped onto this very tick.
                if (position < low - 1e-9 || position > high + 1e-9)
                {
                    continue;
                }

                // With many decades only every decadeStep-th power of ten is labelled; the rest stay as minor ticks.
                if (mantissa == 1 && decade % decadeStep != 0)
                {
                    ticks.Add(Tick.Minor(position));
                }
                else
                {
                    ticks.Add(Tick.Major(position, Label(value, suffix)));
                }
            }

            if (mantissas.Length <= 2 && span <= 7)
            {
                for (var minor = 2; minor <= 9; minor++)
                {
                    var position = Math.Log10(minor * Math.Pow(10, decade));
                    if (position >= low - 1e-9 && position <= high + 1e-9 && !mantissas.Contains(minor))
                    {
                        ticks.Add(Tick.Minor(position));
                    }
                }
            }
        }

        return ticks;
    }

    /// <summary>Which multiples of each power of ten get a label: more for a narrow span, fewer for a wide one.</summary>
    private static double[] Mantissas(double span) => span switch
    {
        <= 0.6 => [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8],
        <= 1.5 => [1, 1.5, 2, 3, 5, 7],
        <= 3 => [1, 2, 5],
        <= 5 => [1, 3],
        _ => [1],
    };

    private static IEnumerable<double> TickPositions(double firstDecade, double lastDecade, double[] mantissas)
    {
        for (var decade = firstDecade; decade <= lastDecade; decade++)
        {
            foreach (var mantissa in mantissas)
            {
                yield return Math.Log10(mantissa) + decade;
            }
        }
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
