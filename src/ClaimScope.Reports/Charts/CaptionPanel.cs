using ScottPlot;
using ScottPlot.Panels;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// The caption under the plot, inside the image: ScottPlot's title panel sits only on top,
/// and a PNG taken out of the report should still say what it shows and how many claims.
/// </summary>
internal sealed class CaptionPanel : PanelBase
{
    private const float Padding = 10;

    public CaptionPanel(string text)
    {
        Edge = Edge.Bottom;
        Label.Text = text;
        Label.FontSize = ChartStyle.CaptionSize;
        Label.FontName = ChartStyle.FontName;
        Label.ForeColor = ChartStyle.Muted;
        Label.Alignment = Alignment.UpperCenter;
    }

    public LabelStyle Label { get; } = new();

    public override float Measure(Paint paint) => IsVisible ? Label.Measure(paint).Height + (2 * Padding) : 0;

    public override void Render(RenderPack rp, float size, float offset)
    {
        ArgumentNullException.ThrowIfNull(rp);
        if (!IsVisible)
        {
            return;
        }

        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        Label.Render(rp.Canvas, new Pixel(rp.FigureRect.HorizontalCenter, rect.Top + Padding), rp.Paint);
    }
}
