using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Analysis;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Reports.Html;

/// <summary>
/// The compact JSON the page's script builds the claims table from, written inside a
/// &lt;script type="application/json"&gt; block: papers and claims as arrays (field order in
/// report.js). The default encoder escapes &lt;, &gt;, &amp; and quotes, so feed text can never
/// close the block. Written one paper or claim at a time.
/// </summary>
internal static class ClaimsTableData
{
    /// <summary>Characters of abstract kept on each side of the evidence when abstracts are not embedded.</summary>
    private const int ContextChars = 160;

    public static void Write(TextWriter output, ReportInput input, EmbeddedClaims embedded)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var json = new Utf8JsonWriter(buffer);
        output.Write("{\"total\":");
        output.Write(input.Claims.Count.ToString(CultureInfo.InvariantCulture));
        output.Write(",\"papers\":[");
        WriteEach(output, buffer, json, embedded.Papers, (j, p) => WritePaper(j, p, embedded));
        output.Write("],\"claims\":[");
        WriteEach(output, buffer, json, embedded.Indices, (j, i) => WriteClaim(j, input.Claims[i], i, embedded));
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

    // [id, title, url, code, listed, upvotes, abstract|null, has section 0/1]
    private static void WritePaper(Utf8JsonWriter json, Paper paper, EmbeddedClaims embedded)
    {
        json.WriteStartArray();
        json.WriteStringValue(paper.Id);
        json.WriteStringValue(paper.Title);
        json.WriteStringValue(PaperLinks.PaperUrl(paper));
        json.WriteStringValue(PaperLinks.CodeUrl(paper));
        json.WriteStringValue(ClaimFacts.Listed(paper) is { } listed ? Coverage.Iso(listed) : null);
        if (paper.Upvotes is { } upvotes)
        {
            json.WriteNumberValue(upvotes);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStringValue(embedded.WithAbstracts ? paper.Abstract : null);
        json.WriteNumberValue(embedded.SectionIds.Contains(paper.Id) ? 1 : 0);
        json.WriteEndArray();
    }

    // [id, paper, kind, value, value shown, unit, hedge, target, group, baseline, factor|null, factor shown, evidence, start, end, credible 0/1, context|null]
    private static void WriteClaim(Utf8JsonWriter json, PaperClaim item, int index, EmbeddedClaims embedded)
    {
        var claim = item.Claim;
        json.WriteStartArray();
        json.WriteNumberValue(index);
        json.WriteNumberValue(embedded.PaperIndex[item.Paper.Id]);
        json.WriteStringValue(claim.Kind.ToWire());
        json.WriteNumberValue(double.IsFinite(claim.Value) ? ClaimFacts.StatedNumber(claim) : 0);
        json.WriteStringValue(ClaimFacts.StatedValue(claim));
        json.WriteStringValue(claim.Unit);
        json.WriteStringValue(ClaimFacts.Hedge(claim));
        json.WriteStringValue(DisplayText.Target(claim.Target));
        json.WriteStringValue(ClaimFacts.Group(claim));
        json.WriteStringValue(ClaimFacts.HasBaseline(claim) ? claim.Baseline!.Trim() : "");
        var factor = ClaimFacts.Factor(claim);
        if (factor is { } f)
        {
            json.WriteNumberValue(f);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStringValue(ClaimFacts.FactorText(claim));
        json.WriteStringValue(DisplayText.Evidence(claim.Text));
        json.WriteNumberValue(claim.Start);
        json.WriteNumberValue(claim.End);
        json.WriteNumberValue(ClaimFacts.IsCredible(item) ? 1 : 0);
        if (embedded.WithAbstracts)
        {
            json.WriteNullValue();
        }
        else
        {
            WriteContext(json, item.Paper.Abstract, claim);
        }

        json.WriteEndArray();
    }

    /// <summary>[text before, evidence, text after], cut at word boundaries.</summary>
    private static void WriteContext(Utf8JsonWriter json, string text, Claim claim)
    {
        json.WriteStartArray();
        if (claim.Start >= 0 && claim.End > claim.Start && claim.End <= text.Length)
        {
            var from = Math.Max(0, claim.Start - ContextChars);
            var to = Math.Min(text.Length, claim.End + ContextChars);
            json.WriteStringValue((from > 0 ? "…" : "") + text[from..claim.Start]);
            json.WriteStringValue(text[claim.Start..claim.End]);
            json.WriteStringValue(text[claim.End..to] + (to < text.Length ? "…" : ""));
        }
        else
        {
            json.WriteStringValue("");
            json.WriteStringValue(claim.Text);
            json.WriteStringValue("");
        }

        json.WriteEndArray();
    }
}
