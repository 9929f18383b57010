using System.Globalization;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Exports;
using Spectre.Console;

namespace ClaimScope.Cli.Output;

/// <summary>Writes papers to standard output in the chosen format.</summary>
internal static class PaperOutput
{
    public static void Write(CliContext context, IReadOnlyList<Paper> papers, string format) =>
        FormattedOutput.Write(context, format, papers, WriteTable, PapersJsonlExport.Write, PapersCsvExport.Write);

    private static void WriteTable(CliContext context, IReadOnlyList<Paper> papers)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("#", c => c.RightAligned())
            .AddColumn("title")
            .AddColumn("by")
            .AddColumn("published")
            .AddColumn("upvotes", c => c.RightAligned())
            .AddColumn("listings", c => c.RightAligned());
        var n = 0;
        foreach (var paper in papers)
        {
            n++;
            var by = paper.Organisation?.Name
                ?? (paper.AuthorCount is { } count ? $"{count.ToString(CultureInfo.InvariantCulture)} authors" : "");
            table.AddRow(
                n.ToString(CultureInfo.InvariantCulture),
                Text.Cell(paper.Title, 70),
                Text.Cell(by),
                paper.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                paper.Upvotes?.ToString(CultureInfo.InvariantCulture) ?? "",
                paper.Appearances.Count.ToString(CultureInfo.InvariantCulture));
        }

        context.CreateOutputConsole().Write(table);
    }
}
