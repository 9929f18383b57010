using ClaimScope.Reports.Charts;
using ClaimScope.Reports.Exports;
using ClaimScope.Reports.Html;
using ClaimScope.Reports.Markdown;

namespace ClaimScope.Reports;

/// <summary>
/// Writes a whole report folder: the charts first (the HTML and Markdown reports embed them),
/// then each exporter in turn.
/// </summary>
public static class ReportWriter
{
    /// <summary>Every exporter of a report run, in the order they are written.</summary>
    public static IReadOnlyList<IReportExporter> Exporters { get; } =
    [
        new ClaimsHtmlReport(), new ClaimsMarkdownReport(), new ClaimsCsvExport(), new ClaimsJsonlExport(), new PapersCsvExport(), new PapersJsonlExport(),
    ];

    /// <summary>Writes index.html, report.md, the charts, claims.csv, claims.jsonl, papers.csv and papers.jsonl; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(ReportInput input, string outDir, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        outDir = Path.GetFullPath(outDir);
        Directory.CreateDirectory(outDir);

        progress?.Report("rendering charts");
        var charts = ChartSet.RenderAll(input, outDir);
        var written = new List<string>();
        foreach (var chart in charts)
        {
            written.Add(chart.PngPath);
            written.Add(chart.SvgPath);
        }

        var context = new ReportContext(input, charts, outDir);
        foreach (var exporter in Exporters)
        {
            progress?.Report("writing " + exporter.FileName);
            written.Add(exporter.Export(context));
        }

        return written;
    }
}
