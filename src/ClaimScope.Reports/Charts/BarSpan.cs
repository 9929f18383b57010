using ScottPlot;

namespace ClaimScope.Reports.Charts;

/// <summary>One bar as a chart describes it: where it sits, where it starts and ends, its colour.</summary>
internal readonly record struct BarSpan(double Position, double From, double To, Color Color);
