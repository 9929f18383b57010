using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// A ScottPlot plot with the project's styling applied, and the few drawing helpers every chart
/// shares (log axes, category axes, labels, legend, caption, the empty panel), so no chart sets
/// up an axis or a legend by hand.
/// </summary>
internal sealed class ChartCanvas : IDisposable
{
    public ChartCanvas()
    {
        Plot.Font.Set(ChartStyle.FontName);
        Plot.Axes.Title.Label.FontSize = ChartStyle.TitleSize;
        Plot.Axes.Title.Label.ForeColor = ChartStyle.Ink;
        foreach (var axis in new IAxis[] { Plot.Axes.Bottom, Plot.Axes.Left })
        {
            axis.Label.FontSize = ChartStyle.AxisLabelSize;
            axis.Label.ForeColor = ChartStyle.Ink;
            axis.TickLabelStyle.FontSize = ChartStyle.TickSize;
            axis.TickLabelStyle.ForeColor = ChartStyle.Ink;
        }

        // An empty right axis with some width keeps the last bottom tick label ("10,000×") inside the image.
        Plot.Axes.Right.MinimumSize = 36;
        Plot.Grid.MajorLineColor = ChartStyle.Grid;
        Plot.Grid.MinorLineColor = Colors.Transparent;
    }

    public Plot Plot { get; } = new();

    /// <summary>The links drawn so far, written into the SVG by <see cref="SaveSvg"/>.</summary>
    public List<ChartLink> Links { get; } = [];

    /// <summary>Makes a data-space rectangle (a bar, a point) open its claim in the table, with a tooltip.</summary>
    public void Link(double x1, double x2, double y1, double y2, int claim, string tooltip) =>
        Links.Add(new ChartLink(x1, x2, y1, y2, "claim=" + claim.ToString(CultureInfo.InvariantCulture), tooltip, claim));

    /// <summary>Makes a data-space rectangle open the table with a filter ("baseline=Marlin"), with a tooltip.</summary>
    public void Link(double x1, double x2, double y1, double y2, string fragment, string tooltip) =>
        Links.Add(new ChartLink(x1, x2, y1, y2, fragment, tooltip, null));

    /// <summary>
    /// A log axis whose ticks cover min..max only, extended to the right by empty room so that
    /// labels at the bar ends fit: the scale stops at the data, not at a decade nobody claimed.
    /// </summary>
    public void LogAxisWithRoom(IAxis axis, double min, double max, string suffix, double dataShare)
    {
        var (low, high) = LogScale.Range(min, max);
        axis.TickGenerator = LogScale.Ticks(low, high, suffix);
        axis.Range.Set(low, low + ((high - low) / dataShare));
    }

    public void AxisLabels(string x, string y)
    {
        Plot.XLabel(x, ChartStyle.AxisLabelSize);
        Plot.YLabel(y, ChartStyle.AxisLabelSize);
    }

    /// <summary>Sets a log axis spanning min..max (real values); plot log10 values on it.</summary>
    public void LogAxis(IAxis axis, double min, double max, string suffix)
    {
        var (low, high) = LogScale.Range(min, max);
        axis.TickGenerator = LogScale.Ticks(low, high, suffix);
        axis.Range.Set(low, high);
    }

    /// <summary>A count axis from 0 to a little above max: whole-number ticks with thousands separators.</summary>
    public static void CountAxis(IAxis axis, double max, double headroom)
    {
        axis.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => v.ToString("#,0", CultureInfo.InvariantCulture),
        };
        axis.Range.Set(0, Math.Max(1, max) * headroom);
    }

    /// <summary>A date axis with ISO labels ("2024", "2024-06", "2024-06-15"), whatever the machine's culture.</summary>
    public void DateAxis(double firstDay, double lastDay)
    {
        var axis = Plot.Axes.DateTimeTicksBottom();
        axis.TickGenerator = new DateTimeAutomatic { LabelFormatter = IsoDate };
        var pad = Math.Max(15, (lastDay - firstDay) * 0.04);
        axis.Range.Set(firstDay - pad, lastDay + pad);
    }

    /// <summary>
    /// Rows labelled top to bottom on the left axis; returns the y position of each row.
    /// Rows are a fixed distance apart, so labels cannot overlap as long as charts cap the row count.
    /// </summary>
    public double[] Rows(IReadOnlyList<string> labels)
    {
        var positions = Enumerable.Range(0, labels.Count).Select(i => (double)(labels.Count - 1 - i)).ToArray();
        Plot.Axes.Left.TickGenerator = new NumericManual(positions, [.. labels]);
        Plot.Axes.Left.Range.Set(-0.6, labels.Count - 0.4);
        Plot.Axes.Left.MajorTickStyle.Length = 0;
        Plot.Grid.YAxisStyle.IsVisible = false;
        return positions;
    }

    /// <summary>Bars from one value to another (stacks, log bars starting at 1x), borderless, in one plottable.</summary>
    public void Bars(IEnumerable<BarSpan> bars, bool horizontal, double thickness)
    {
        var list = bars.Select(b => new Bar
        {
            Position = b.Position,
            ValueBase = b.From,
            Value = b.To,
            FillColor = b.Color,
            LineWidth = 0,
            Size = thickness,
            Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
        }).ToList();
        var plottable = Plot.Add.Bars(list);
        plottable.Horizontal = horizontal;
    }

    /// <summary>A short thick line, e.g. a median mark across one row.</summary>
    public void Mark(double x1, double y1, double x2, double y2, Color color, float width)
    {
        var line = Plot.Add.Line(x1, y1, x2, y2);
        line.LineColor = color;
        line.LineWidth = width;
        line.MarkerSize = 0;
    }

    /// <summary>Translucent dots for a point cloud; one call per colour.</summary>
    public void Dots(IReadOnlyList<double> xs, IReadOnlyList<double> ys, Color color, float size = 6)
    {
        if (xs.Count == 0)
        {
            return;
        }

        Plot.Add.Markers(xs.ToArray(), ys.ToArray(), MarkerShape.FilledCircle, size, ChartStyle.Faded(color, 0.55));
    }

    /// <summary>Free text in data coordinates: bar-end values, median labels.</summary>
    public void Note(string text, double x, double y, Alignment alignment, Color? color = null, bool bold = false)
    {
        var note = Plot.Add.Text(text, x, y);
        note.LabelFontSize = ChartStyle.TextSize;
        note.LabelFontColor = color ?? ChartStyle.Ink;
        note.LabelAlignment = alignment;
        note.LabelBold = bold;
        note.LabelFontName = ChartStyle.FontName;
    }

    /// <summary>A legend outside the data area, on the right, so it never hides data.</summary>
    public void Legend(IEnumerable<(string Label, Color Color)> items)
    {
        var legendItems = items.Select(i => new LegendItem
        {
            LabelText = i.Label,
            FillColor = i.Color,
            LabelFontSize = ChartStyle.TextSize,
            LabelFontName = ChartStyle.FontName,
        }).ToList();
        Plot.Legend.ManualItems.AddRange(legendItems);
        Plot.Legend.FontSize = ChartStyle.TextSize;
        Plot.Legend.FontName = ChartStyle.FontName;
        Plot.ShowLegend(Edge.Right);
    }

    /// <summary>The heading and, under the plot, the caption wrapped to the image width.</summary>
    public void Frame(string title, string caption)
    {
        Plot.Title(title, ChartStyle.TitleSize);
        Plot.Axes.AddPanel(new CaptionPanel(TextWrap.Wrap(caption, ChartStyle.CaptionCharsPerLine)));
    }

    /// <summary>The panel shown instead of a chart when there is nothing to draw: no axes, one clear sentence.</summary>
    public void Empty(string reason)
    {
        Plot.Clear();
        Plot.HideLegend();
        Plot.HideAxesAndGrid();
        Plot.Axes.SetLimits(0, 1, 0, 1);
        EmptyLine("No claims of this kind", 0.54, ChartStyle.TitleSize, ChartStyle.Ink);
        EmptyLine(reason, 0.46, ChartStyle.AxisLabelSize, ChartStyle.Muted);
    }

    private static string IsoDate(DateTime date) => date switch
    {
        { Month: 1, Day: 1 } => date.ToString("yyyy", CultureInfo.InvariantCulture),
        { Day: 1 } => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private void EmptyLine(string text, double y, float size, Color color)
    {
        var line = Plot.Add.Text(text, 0.5, y);
        line.LabelFontSize = size;
        line.LabelFontColor = color;
        line.LabelFontName = ChartStyle.FontName;
        line.LabelAlignment = Alignment.MiddleCenter;
    }

    public string SavePng(string outDir, string name)
    {
        var png = Path.GetFullPath(Path.Combine(outDir, name + ".png"));
        Plot.SavePng(png, ChartStyle.Width, ChartStyle.Height);
        return png;
    }

    public string SaveSvg(string outDir, string name)
    {
        var svg = Path.GetFullPath(Path.Combine(outDir, name + ".svg"));
        Plot.SaveSvg(svg, ChartStyle.Width, ChartStyle.Height);
        SvgLinks.Append(Plot, svg, Links);
        return svg;
    }

    public void Dispose() => Plot.Dispose();
}
