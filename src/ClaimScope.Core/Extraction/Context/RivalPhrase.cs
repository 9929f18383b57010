using ClaimScope.Core.Extraction.Lexicon;

namespace ClaimScope.Core.Extraction.Context;

/// <summary>
/// Reads the rival noun phrase after a comparison marker, from the raw text so names keep their
/// form ("DeepSpeed ZeRO-3", "GRPO+OPD", "1.5B sibling"). A phrase ends at punctuation, a
/// function word of the lexicon or a number; "X and Y" gives two rivals ("X; Y"); "the speed of
/// X" and "models such as X" give X. Articles and evaluative words in front and generic heads at
/// the end are dropped; what is left must be more than generic words.
/// </summary>
internal static class RivalPhrase
{
    private const int MaxWords = 6;

    public static string? Read(string text, int from, int limit)
    {
        var names = new List<string>();
        var phrase = new List<(int Start, int End)>();
        var leadingThe = false;
        var position = from;
        for (var step = 0; step < 24; step++)
        {
            var (start, end, next, stop) = NextChunk(text, position, limit);
            if (start < 0)
            {
                break;
            }

            position = next;
            var chunk = text.AsSpan(start, end - start);
            if (phrase.Count == 0 && names.Count == 0 && chunk is "the")
            {
                leadingThe = true;
            }

            var flags = Words.Of(chunk);
            if (chunk.StartsWith("(") && (Words.Is(chunk[1..], WordFlags.Example) || chunk[1..] is "such"))
            {
                // "state-of-the-art methods (e.g., TEAL)": the example is the named rival.
                phrase.Clear();
                position = chunk[1..] is "such" ? SkipWord(text, position, limit, "as") : position;
                continue;
            }

            if (IsVersion(text, chunk, phrase))
            {
                phrase.Add((start, end));
                continue;
            }

            if (IsNumber(chunk) || chunk.StartsWith("(") || chunk.StartsWith("[") || phrase.Count >= MaxWords)
            {
                break;
            }

            if (chunk is "such" || (flags & WordFlags.Example) != 0)
            {
                phrase.Clear();
                position = chunk is "such" ? SkipWord(text, position, limit, "as") : position;
                continue;
            }

            if ((chunk is "of" || (flags & WordFlags.Hedge) != 0) && phrase.Count > 0 && OpensAmount(text, position, limit))
            {
                // "over the best methods of up to 15 points", "outperforms GAP and Sage up to 1000
                // times": the amount begins here, the rival has ended.
                break;
            }

            if (chunk is "of" && leadingThe && !HasNameCharacter(text, phrase))
            {
                // "the average accuracy of R1-7B": the rival is what the quantity belongs to.
                phrase.Clear();
                leadingThe = false;
                continue;
            }

            if (chunk is "and" or "&" && phrase.Count > 0 && StartsName(text, end, limit))
            {
                Flush(text, phrase, names);
                continue;
            }

            if ((flags & WordFlags.PhraseEnd) != 0 && (flags & WordFlags.Determiner) == 0)
            {
                break;
            }

            phrase.Add((start, end));
            if (stop)
            {
                break;
            }
        }

        Flush(text, phrase, names);
        return names.Count == 0 ? null : string.Join("; ", names);
    }

    private static bool OpensAmount(string text, int position, int limit)
    {
        var (start, end, _, _) = NextChunk(text, position, limit);
        if (start < 0)
        {
            return false;
        }

        var next = text.AsSpan(start, end - start);
        return IsNumber(next) || Words.Is(next, WordFlags.Hedge);
    }

    private static void Flush(string text, List<(int Start, int End)> phrase, List<string> names)
    {
        var first = 0;
        while (first < phrase.Count && Words.Is(Span(text, phrase[first]), WordFlags.Determiner | WordFlags.GenericRival))
        {
            first++;
        }

        var last = phrase.Count - 1;
        while (last >= first && Words.Is(Span(text, phrase[last]), WordFlags.GenericHead | WordFlags.GenericRival))
        {
            last--;
        }

        // "the baseline serving configurations": a phrase that calls itself a baseline is generic.
        for (var i = first; i < last; i++)
        {
            if (Span(text, phrase[i]) is "baseline" or "baselines")
            {
                phrase.Clear();
                return;
            }
        }

        var named = false;
        for (var i = first; i <= last; i++)
        {
            named |= !Words.Is(Span(text, phrase[i]), WordFlags.GenericHead | WordFlags.GenericRival | WordFlags.Pronoun | WordFlags.Determiner);
        }

        if (named && !Words.Is(Span(text, phrase[first]), WordFlags.Pronoun))
        {
            names.Add(text[phrase[first].Start..phrase[last].End]);
        }

        phrase.Clear();
    }

    /// <summary>The next space-separated chunk without surrounding punctuation, and whether punctuation ends the phrase after it.</summary>
    private static (int Start, int End, int Next, bool Stop) NextChunk(string text, int position, int limit)
    {
        while (position < limit && text[position] is ' ' or '~')
        {
            position++;
        }

        if (position >= limit || text[position] is ',' or ';' or ':' or ')' or ']' or '.')
        {
            return (-1, -1, -1, true);
        }

        var start = position;
        while (position < limit && text[position] != ' ')
        {
            position++;
        }

        var end = position;
        var stop = false;
        while (end > start && text[end - 1] is ',' or ';' or ':' or ')' or ']' or '.' or '"' or '\'')
        {
            // "ZeRO-3." ends the sentence, "v0.6" keeps its dot.
            stop = true;
            end--;
        }

        return end == start ? (-1, -1, -1, true) : (start, end, position, stop);
    }

    private static bool IsNumber(ReadOnlySpan<char> chunk)
    {
        if (chunk.IsEmpty || !char.IsAsciiDigit(chunk[0]))
        {
            return false;
        }

        // "1.5B", "3D-Cube" and "50-step" start names; "3x", "40%", "2.1", "2-3x" and "3times" are numbers.
        var letters = chunk.TrimStart("0123456789.,".AsSpan());
        return letters.IsEmpty || !(char.IsUpper(letters[0]) || (letters.Length > 1 && letters[0] == '-' && char.IsLetter(letters[1])));
    }

    /// <summary>A bare version number after a capitalised name ("Llama 3", "Stable Diffusion 1.5") continues it.</summary>
    private static bool IsVersion(string text, ReadOnlySpan<char> chunk, List<(int Start, int End)> phrase) =>
        phrase.Count > 0 && chunk.TrimStart("0123456789.".AsSpan()).IsEmpty && chunk.Length <= 4
            && char.IsUpper(text[phrase[^1].Start]);

    private static bool StartsName(string text, int position, int limit)
    {
        while (position < limit && text[position] == ' ')
        {
            position++;
        }

        return position < limit && (char.IsUpper(text[position]) || char.IsAsciiDigit(text[position]));
    }

    private static bool HasNameCharacter(string text, List<(int Start, int End)> phrase)
    {
        foreach (var (start, end) in phrase)
        {
            foreach (var c in text.AsSpan(start, end - start))
            {
                if (char.IsUpper(c) || char.IsAsciiDigit(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int SkipWord(string text, int position, int limit, string word)
    {
        var (start, end, next, _) = NextChunk(text, position, limit);
        return start >= 0 && text.AsSpan(start, end - start).Equals(word, StringComparison.OrdinalIgnoreCase) ? next : position;
    }

    private static ReadOnlySpan<char> Span(string text, (int Start, int End) chunk) => text.AsSpan(chunk.Start, chunk.End - chunk.Start);
}
