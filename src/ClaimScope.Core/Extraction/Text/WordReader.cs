namespace ClaimScope.Core.Extraction.Text;

/// <summary>
/// Reads the words of a span: runs that start with a letter and may carry digits, "@", "/", "-"
/// inside ("pass@1", "tokens/s", "kv-cache"). Bare numbers are left to the number scanner.
/// </summary>
public static class WordReader
{
    public static IReadOnlyList<Word> Read(string text, Range span)
    {
        var (offset, length) = span.GetOffsetAndLength(text.Length);
        var end = offset + length;
        var words = new List<Word>();
        var i = offset;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || (text[i] is '@' or '/' or '-' or '\'' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            // Letters glued to a number are its unit ("3times", "143.66s", "7B"), which the scanner has read.
            if (start > 0 && char.IsAsciiDigit(text[start - 1]))
            {
                continue;
            }

            words.Add(new Word(start, i, text[start..i].ToLowerInvariant()));
        }

        return words;
    }
}
