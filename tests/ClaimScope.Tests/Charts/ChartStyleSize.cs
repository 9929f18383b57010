using ClaimScope.Reports.Charts;

namespace ClaimScope.Tests.Charts;

/// <summary>The fixed image size every chart is rendered at.</summary>
internal static class ChartStyleSize
{
    public const int Width = ChartStyle.Width;
    public const int Height = ChartStyle.Height;
}
