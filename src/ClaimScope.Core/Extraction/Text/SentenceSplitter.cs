namespace ClaimScope.Core.Extraction.Text;

/// <summary>
/// Splits an abstract into sentences as character ranges. A sentence ends at ".", "?" or "!"
/// followed by a space and a capital or digit, or at a blank line; a single line break is only
/// the hard wrap of the HF API and does not end one. Decimals ("3.5x") and common abbreviations
/// ("e.g.", "et al.", "vs.") do not end a sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly string[] Abbreviations = ["e.g", "i.e", "et al", "vs", "approx", "etc", "Fig", "Eq", "resp", "cf", "w.r.t", "ca"];

    public static IReadOnlyList<Range> Split(string text)
    {
        var sentences = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = c switch
            {
                '.' or '?' or '!' => EndsSentence(text, i),
                '\n' => i + 1 < text.Length && text[i + 1] == '\n',
                _ => false,
            };
            if (!boundary)
            {
                continue;
            }

            AddTrimmed(text, sentences, start, i + 1);
            start = i + 1;
        }

        AddTrimmed(text, sentences, start, text.Length);
        return sentences;
    }

    private static bool EndsSentence(string text, int i)
    {
        if (i + 2 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        var next = i + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next])))
        {
            return false;
        }

        foreach (var abbreviation in Abbreviations)
        {
            var from = i - abbreviation.Length;
            if (from >= 0 && string.CompareOrdinal(text, from, abbreviation, 0, abbreviation.Length) == 0
                && (from == 0 || !char.IsLetter(text[from - 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddTrimmed(string text, List<Range> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Range(start, end));
        }
    }
}
