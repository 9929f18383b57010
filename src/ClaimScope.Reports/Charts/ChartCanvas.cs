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

        Plot.Grid.MajorLineColor = ChartStyle.Grid;
        Plot.Grid.MinorLineColor = Colors.Transparent;
    }

    public Plot Plot { get; } = new();

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

    /// <summary>A linear axis from min to max with ScottPlot's own ticks, labelled without a thousands separator surprise.</summary>
    public static void LinearAxis(IAxis axis, double min, double max) => axis.Range.Set(min, max);

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
        var headline = Plot.Add.Annotation("No claims of this kind", Alignment.MiddleCenter);
        headline.LabelFontSize = ChartStyle.TitleSize;
        headline.LabelFontColor = ChartStyle.Ink;
        headline.LabelBackgroundColor = Colors.Transparent;
        headline.LabelBorderColor = Colors.Transparent;
        headline.LabelShadowColor = Colors.Transparent;
        headline.OffsetY = -14;
        var detail = Plot.Add.Annotation(reason, Alignment.MiddleCenter);
        detail.LabelFontSize = ChartStyle.AxisLabelSize;
        detail.LabelFontColor = ChartStyle.Muted;
        detail.LabelBackgroundColor = Colors.Transparent;
        detail.LabelBorderColor = Colors.Transparent;
        detail.LabelShadowColor = Colors.Transparent;
        detail.OffsetY = 18;
    }

    public (string Png, string Svg) Save(string outDir, string name)
    {
        var png = Path.GetFullPath(Path.Combine(outDir, name + ".png"));
        var svg = Path.GetFullPath(Path.Combine(outDir, name + ".svg"));
        Plot.SavePng(png, ChartStyle.Width, ChartStyle.Height);
        Plot.SaveSvg(svg, ChartStyle.Width, ChartStyle.Height);
        return (png, svg);
    }

    public void Dispose() => Plot.Dispose();
}
