namespace ClaimScope.Reports.Exports;

/// <summary>One output of a report run (HTML page, Markdown, CSV, JSON lines): writes one file into the report folder.</summary>
public interface IReportExporter
{
    /// <summary>The file name written inside the report folder, e.g. "claims.csv".</summary>
    string FileName { get; }

    /// <summary>Writes the file and returns its full path.</summary>
    string Export(ReportContext context);
}
