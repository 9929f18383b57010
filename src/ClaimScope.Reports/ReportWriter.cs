using ClaimScope.Reports.Charts;
using ClaimScope.Reports.Exports;
using ClaimScope.Reports.Html;
using ClaimScope.Reports.Markdown;

namespace ClaimScope.Reports;

/// <summary>
/// Writes a whole report folder: the charts first (the HTML and Markdown reports embed them),
/// then each exporter in turn, all into a staging folder that is published at the end
/// (see <see cref="ReportOutput"/>).
/// </summary>
public static class ReportWriter
{
    /// <summary>Every exporter of a report run, in the order they are written.</summary>
    public static IReadOnlyList<IReportExporter> Exporters { get; } =
    [
        new ClaimsHtmlReport(), new ClaimsMarkdownReport(), new ClaimsCsvExport(), new ClaimsJsonlExport(), new PapersCsvExport(), new PapersJsonlExport(),
    ];

    /// <summary>
    /// Writes index.html, report.md, the charts, claims.csv, claims.jsonl, papers.csv and papers.jsonl; returns the paths written.
    /// Throws <see cref="ReportOutputException"/> before writing anything when a file of the same name was not written by ClaimScope, unless <paramref name="force"/>.
    /// </summary>
    public static IReadOnlyList<string> Write(ReportInput input, string outDir, IProgress<string>? progress = null, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        outDir = Path.GetFullPath(outDir);
        ReportOutput.Check(outDir, force);
        var staging = ReportOutput.Stage(outDir);
        try
        {
            progress?.Report("rendering charts");
            var charts = ChartSet.RenderAll(input, staging);
            var written = new List<string>();
            foreach (var chart in charts)
            {
                written.Add(chart.PngPath);
                written.Add(chart.SvgPath);
            }

            var context = new ReportContext(input, charts, staging);
            foreach (var exporter in Exporters)
            {
                progress?.Report("writing " + exporter.FileName);
                written.Add(exporter.Export(context));
            }

            return ReportOutput.Publish(staging, outDir, written);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
