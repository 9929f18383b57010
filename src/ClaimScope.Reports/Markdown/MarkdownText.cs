using System.Text;

namespace ClaimScope.Reports.Markdown;

/// <summary>Escapes feed text for Markdown (including table cells) and makes link targets safe.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Text that renders literally: Markdown punctuation is backslash-escaped, HTML is turned into
    /// entities (GitHub would otherwise render or strip tags), line breaks become spaces.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '&' => builder.Append("&amp;"),
                '\r' or '\n' or '\t' => builder.Append(' '),
                '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '!' or '|' or '~' or '{' or '}' or '$' => builder.Append('\\').Append(c),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>A link; the URL is percent-encoded where Markdown or a table would misread it.</summary>
    public static string Link(string text, string url) => $"[{Escape(text)}]({Url(url)})";

    public static string Url(string url) => url
        .Replace(" ", "%20", StringComparison.Ordinal)
        .Replace("(", "%28", StringComparison.Ordinal)
        .Replace(")", "%29", StringComparison.Ordinal)
        .Replace("|", "%7C", StringComparison.Ordinal)
        .Replace("<", "%3C", StringComparison.Ordinal)
        .Replace(">", "%3E", StringComparison.Ordinal);
}
