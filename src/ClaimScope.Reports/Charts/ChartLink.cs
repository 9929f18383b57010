namespace ClaimScope.Reports.Charts;

/// <summary>
/// An area of a chart (in data coordinates) that opens the report's table at <paramref name="Fragment"/>
/// ("claim=12", "baseline=FlashAttention") and shows a tooltip: written into the SVG as a
/// transparent &lt;a&gt;&lt;rect&gt;&lt;title&gt;. <paramref name="Claim"/> is the one claim it opens, if any.
/// </summary>
internal readonly record struct ChartLink(double X1, double X2, double Y1, double Y2, string Fragment, string Tooltip, int? Claim);
