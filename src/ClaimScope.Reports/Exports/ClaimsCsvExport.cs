using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Exports;

/// <summary>claims.csv: the columns of claims.jsonl as an RFC 4180 table, safe to open in a spreadsheet.</summary>
public sealed class ClaimsCsvExport : ReportExporter
{
    public override string FileName => "claims.csv";

    public static void Write(TextWriter output, IEnumerable<PaperClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(claims);
        var cells = new CsvCells(output);
        cells.Header(ClaimColumns.Names);
        foreach (var (paper, claim) in claims)
        {
            cells.Text(paper.Id);
            cells.Text(paper.Title);
            cells.Text(claim.Kind.ToWire());
            cells.Number(claim.Value);
            cells.Number(claim.Low);
            cells.Text(claim.Unit);
            cells.Text(claim.Qualifier.ToWire());
            cells.Text(claim.Target);
            cells.Text(claim.Baseline);
            cells.Text(claim.Text);
            cells.Number(claim.Start);
            cells.Number(claim.End);
            cells.Text(paper.Source.ToString());
            cells.Number(claim.Factor);
            cells.EndRow();
        }
    }

    protected override void WriteContent(ReportContext context, TextWriter output) => Write(output, context.Input.Claims);
}
