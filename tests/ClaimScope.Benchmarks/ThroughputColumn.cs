using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimScope.Benchmarks;

/// <summary>
/// Megabytes of input processed per second: the input size of the case (each benchmark class's
/// static <c>InputBytes(int scale)</c>) over its mean time.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "UTF-8 megabytes (10^6 bytes) of input processed per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var scale = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(ExtractionBenchmark.Scale))?.Value as int?;
        var inputBytes = benchmarkCase.Descriptor.Type.GetMethod("InputBytes", [typeof(int)]);
        if (report?.ResultStatistics is not { } statistics || scale is null || inputBytes is null)
        {
            return "-";
        }

        var seconds = statistics.Mean / 1e9;
        var megabytes = (long)inputBytes.Invoke(null, [scale.Value])! / 1e6;
        return (megabytes / seconds).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
