using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimScope.Benchmarks;

/// <summary>Papers processed per second: the case's <c>Papers</c> parameter over its mean time.</summary>
public sealed class PapersPerSecondColumn : IColumn
{
    public string Id => nameof(PapersPerSecondColumn);

    public string ColumnName => "papers/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Papers stored per second (Papers / mean time)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var papers = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(StoreBenchmark.Papers))?.Value as int?;
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics || papers is null)
        {
            return "-";
        }

        return (papers.Value / (statistics.Mean / 1e9)).ToString("0", CultureInfo.InvariantCulture);
    }
}
