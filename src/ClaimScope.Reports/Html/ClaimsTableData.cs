using System.Buffers;
using System.Text;
using System.Text.Json;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Reports.Html;

/// <summary>
/// The JSON the page's script builds the claims table from, written inside a
/// &lt;script type="application/json"&gt; block. The default encoder escapes &lt;, &gt;, &amp; and
/// quotes, so feed text can never close the block. Written one paper or claim at a time.
/// </summary>
internal static class ClaimsTableData
{
    public static void Write(TextWriter output, IReadOnlyList<PaperClaim> claims)
    {
        var papers = new List<Paper>();
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paper in claims.Select(c => c.Paper))
        {
            if (indexById.TryAdd(paper.Id, papers.Count))
            {
                papers.Add(paper);
            }
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        using var json = new Utf8JsonWriter(buffer);
        output.Write("{\"papers\":[");
        WriteEach(output, buffer, json, papers, WritePaper);
        output.Write("],\"claims\":[");
        WriteEach(output, buffer, json, claims, (j, c) => WriteClaim(j, c, indexById[c.Paper.Id]));
        output.Write("]}");
    }

    private static void WriteEach<T>(TextWriter output, ArrayBufferWriter<byte> buffer, Utf8JsonWriter json, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                output.Write(',');
            }

            first = false;
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            write(json, item);
            json.Flush();
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    private static void WritePaper(Utf8JsonWriter json, Paper paper)
    {
        json.WriteStartObject();
        json.WriteString("id", paper.Id);
        json.WriteString("title", paper.Title);
        json.WriteString("url", PaperLinks.PaperUrl(paper));
        json.WriteString("code", PaperLinks.CodeUrl(paper));
        json.WriteString("abstract", paper.Abstract);
        json.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter json, PaperClaim item, int paperIndex)
    {
        var claim = item.Claim;
        json.WriteStartObject();
        json.WriteNumber("p", paperIndex);
        json.WriteString("k", claim.Kind.ToWire());
        json.WriteNumber("v", double.IsFinite(claim.Value) ? claim.Value : 0);
        json.WriteString("vd", claim.Low is { } low ? DisplayNumber.Of(low) + "–" + DisplayNumber.Of(claim.Value) : DisplayNumber.Of(claim.Value));
        json.WriteString("u", claim.Unit);
        json.WriteString("q", claim.Qualifier.ToWire());
        json.WriteString("t", claim.Target);
        json.WriteString("b", claim.Baseline);
        if (claim.Factor is { } factor && double.IsFinite(factor))
        {
            json.WriteNumber("f", factor);
        }
        else
        {
            json.WriteNull("f");
        }

        json.WriteString("fd", claim.Factor is null ? "" : DisplayNumber.Factor(claim.Factor));
        json.WriteString("x", claim.Text);
        json.WriteNumber("s", claim.Start);
        json.WriteNumber("e", claim.End);
        json.WriteEndObject();
    }
}
