using System.Text.Json;
using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Exports;

/// <summary>
/// claims.jsonl: one JSON object a line, fields in the order of <see cref="ClaimColumns.Names"/>.
/// Each line is written as soon as it is built, so a corpus of any size streams through.
/// </summary>
public sealed class ClaimsJsonlExport : ReportExporter
{
    public override string FileName => "claims.jsonl";

    public static void Write(TextWriter output, IEnumerable<PaperClaim> claims) =>
        JsonLines.Write(output, claims, (json, row) => WriteClaim(json, row.Paper, row.Claim));

    protected override void WriteContent(ReportContext context, TextWriter output) => Write(output, context.Input.Claims);

    internal static void WriteClaim(Utf8JsonWriter json, Paper paper, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("paper_id", paper.Id);
        json.WriteString("title", paper.Title);
        json.WriteString("kind", claim.Kind.ToWire());
        JsonLines.WriteNumber(json, "value", claim.Value);
        JsonLines.WriteNumber(json, "low", claim.Low);
        json.WriteString("unit", claim.Unit);
        json.WriteString("qualifier", claim.Qualifier.ToWire());
        json.WriteString("target", claim.Target);
        json.WriteString("baseline", claim.Baseline);
        json.WriteString("text", claim.Text);
        json.WriteNumber("start", claim.Start);
        json.WriteNumber("end", claim.End);
        json.WriteString("source", paper.Source.ToString());
        JsonLines.WriteNumber(json, "factor", claim.Factor);
        json.WriteEndObject();
    }
}
