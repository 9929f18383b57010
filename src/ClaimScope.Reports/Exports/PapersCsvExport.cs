using System.Globalization;
using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Exports;

/// <summary>papers.csv: one row per unique paper, with how many listings it appeared in and where it was first read.</summary>
public sealed class PapersCsvExport : ReportExporter
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "paper_id", "title", "arxiv_id", "authors", "author_count", "organisation", "published", "upvotes",
        "code_url", "listings", "source",
    ];

    public override string FileName => "papers.csv";

    public static void Write(TextWriter output, IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(papers);
        var cells = new CsvCells(output);
        cells.Header(Columns);
        foreach (var paper in papers)
        {
            cells.Text(paper.Id);
            cells.Text(paper.Title);
            cells.Text(paper.ArxivId);
            cells.Text(string.Join("; ", paper.Authors));
            cells.Number(paper.AuthorCount);
            cells.Text(paper.Organisation?.Name);
            cells.Text(paper.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            cells.Number(paper.Upvotes);
            cells.Text(paper.CodeUrl);
            cells.Number(paper.Appearances.Count);
            cells.Text(paper.Source.ToString());
            cells.EndRow();
        }
    }

    protected override void WriteContent(ReportContext context, TextWriter output) => Write(output, context.Input.Papers);
}
