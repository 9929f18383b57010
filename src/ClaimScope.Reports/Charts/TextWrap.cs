namespace ClaimScope.Reports.Charts;

/// <summary>Word wrapping and shortening for text drawn into a fixed-size image.</summary>
internal static class TextWrap
{
    public static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return string.Join('\n', lines);
    }

    /// <summary>Cuts at a word boundary and adds an ellipsis, so a title fits a row label.</summary>
    public static string Shorten(string text, int maxChars)
    {
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= maxChars)
        {
            return clean;
        }

        // Titles often read "Name: what it does"; the name alone is the most recognisable short form.
        var colon = clean.IndexOf(':', StringComparison.Ordinal);
        if (colon is > 3 && colon <= maxChars)
        {
            return clean[..colon];
        }

        var cut = clean.LastIndexOf(' ', maxChars - 1);
        return clean[..(cut > maxChars / 2 ? cut : maxChars - 1)].TrimEnd(',', ';', '-', ' ') + "…";
    }
}
