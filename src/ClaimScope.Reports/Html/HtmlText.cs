using System.Net;
using System.Text;

namespace ClaimScope.Reports.Html;

/// <summary>Escapes feed text for HTML and marks claim evidence inside an abstract.</summary>
internal static class HtmlText
{
    /// <summary>Escapes text for element content and quoted attribute values alike.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// The abstract, escaped, with each evidence span wrapped in &lt;mark&gt;. Spans outside the
    /// abstract are ignored; overlapping spans are merged so marks never nest.
    /// </summary>
    public static string Highlight(string text, IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end) in spans.Where(s => s.Start >= 0 && s.End > s.Start && s.End <= text.Length).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        var html = new StringBuilder(text.Length + (merged.Count * 16));
        var at = 0;
        foreach (var (start, end) in merged)
        {
            html.Append(Escape(text[at..start])).Append("<mark>").Append(Escape(text[start..end])).Append("</mark>");
            at = end;
        }

        return html.Append(Escape(text[at..])).ToString();
    }
}
