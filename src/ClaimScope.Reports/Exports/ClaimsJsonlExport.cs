using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Exports;

/// <summary>
/// claims.jsonl: one JSON object a line, fields in the order of <see cref="ClaimColumns.Names"/>.
/// Each line is written as soon as it is built, so a corpus of any size streams through.
/// </summary>
public sealed class ClaimsJsonlExport : ReportExporter
{
    // The file is read by tools, never embedded in a page, so non-ASCII text stays readable.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override string FileName => "claims.jsonl";

    public static void Write(TextWriter output, IEnumerable<PaperClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(claims);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var json = new Utf8JsonWriter(buffer, Options);
        foreach (var (paper, claim) in claims)
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            WriteClaim(json, paper, claim);
            json.Flush();
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            output.Write('\n');
        }
    }

    protected override void WriteContent(ReportContext context, TextWriter output) => Write(output, context.Input.Claims);

    private static void WriteClaim(Utf8JsonWriter json, Paper paper, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("paper_id", paper.Id);
        json.WriteString("title", paper.Title);
        json.WriteString("kind", claim.Kind.ToWire());
        WriteNumber(json, "value", claim.Value);
        WriteNumber(json, "low", claim.Low);
        json.WriteString("unit", claim.Unit);
        json.WriteString("qualifier", claim.Qualifier.ToWire());
        json.WriteString("target", claim.Target);
        json.WriteString("baseline", claim.Baseline);
        json.WriteString("text", claim.Text);
        json.WriteNumber("start", claim.Start);
        json.WriteNumber("end", claim.End);
        json.WriteString("source", paper.Source.ToString());
        WriteNumber(json, "factor", claim.Factor);
        json.WriteEndObject();
    }

    // JSON has no NaN or infinity: an unrepresentable number is written as null.
    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
