using ClaimScope.Reports.Charts;

namespace ClaimScope.Reports.Exports;

/// <summary>What every exporter of one report run sees: the input, the charts already rendered, and the folder.</summary>
public sealed record ReportContext(ReportInput Input, IReadOnlyList<ChartImage> Charts, string OutDir);
