using System.Text;

namespace ClaimScope.Reports.Exports;

/// <summary>
/// Owns file naming and I/O for every exporter, so each format only writes text: the file is
/// written beside its target and moved into place, so a failed run never leaves half a report.
/// </summary>
public abstract class ReportExporter : IReportExporter
{
    /// <summary>UTF-8 without a byte order mark: what browsers, Git hosts and CSV readers all accept.</summary>
    protected static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public abstract string FileName { get; }

    public string Export(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Directory.CreateDirectory(context.OutDir);
        var path = Path.GetFullPath(Path.Combine(context.OutDir, FileName));
        var temp = path + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temp, append: false, Utf8, bufferSize: 1 << 16))
            {
                WriteContent(context, writer);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        return path;
    }

    /// <summary>Writes the file's whole content.</summary>
    protected abstract void WriteContent(ReportContext context, TextWriter output);
}
