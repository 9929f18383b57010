using System.Text;

namespace ClaimScope.Core.Feeds.Formats;

/// <summary>
/// Whitespace clean-up for titles and abstracts taken from feeds: arXiv and Hugging Face wrap
/// lines at ~80 columns, indent continuation lines and paragraphs with two spaces and pad the
/// ends, none of which is part of the text. LaTeX and every other character are kept as they are.
/// </summary>
public static class FeedText
{
    /// <summary>Every run of whitespace (line breaks, tabs, indents) becomes one space; the ends are trimmed.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Splits a single-string author list ("A. One, B. Two and C. Three") into names.</summary>
    public static IReadOnlyList<string> SplitAuthors(string? authors)
    {
        if (string.IsNullOrWhiteSpace(authors))
        {
            return [];
        }

        return Normalise(authors)
            .Split(',')
            .SelectMany(part => part.Split(" and ", StringSplitOptions.None))
            .Select(name => name.Trim())
            .Where(name => name.Length > 0)
            .ToList();
    }

    /// <summary>A short form of untrusted text for a problem message.</summary>
    public static string Shorten(string text)
    {
        var flat = Normalise(text);
        return flat.Length <= 60 ? flat : flat[..57] + "...";
    }
}
