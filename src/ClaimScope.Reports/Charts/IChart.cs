namespace ClaimScope.Reports.Charts;

/// <summary>
/// One chart of the report. A chart draws its data on a styled canvas and says what it drew;
/// the title, caption, empty panel and files are handled once, by <see cref="ChartSet"/>.
/// </summary>
internal interface IChart
{
    /// <summary>The file stem, e.g. "speedup-distribution".</summary>
    string Name { get; }

    string Title { get; }

    /// <summary>Draws the chart, or returns <see cref="ChartSummary.Empty"/> without drawing when there is nothing to show.</summary>
    ChartSummary Draw(ChartCanvas canvas, ChartData data);
}
