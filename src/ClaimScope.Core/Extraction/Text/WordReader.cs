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

            // Single letters are kept: "x" in "3 x", "s" and "T" carry meaning next to numbers.
            words.Add(new Word(start, i, text[start..i].ToLowerInvariant()));
        }

        return words;
    }
}
