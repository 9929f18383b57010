using System.Globalization;

namespace ClaimScope.Core.Extraction.Scanning;

/// <summary>
/// Finds every number, number-word and range in a text, each with its unit and span. Hand-written
/// and single-pass: each character is looked at a bounded number of times, so a 10 MB line scans
/// in linear time (no backtracking regular expression).
/// </summary>
public static class NumberScanner
{
    public static IReadOnlyList<NumberToken> Scan(string text, int start = 0, int end = -1)
    {
        end = end < 0 ? text.Length : end;
        var tokens = new List<NumberToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var token = ReadNumeral(text, i, end);
                tokens.Add(token);
                i = Math.Max(token.End, i + 1);
            }
            else if (char.IsLetter(c))
            {
                var wordEnd = i;
                while (wordEnd < end && (char.IsLetter(text[wordEnd]) || (text[wordEnd] == '-' && wordEnd + 1 < end && char.IsLetter(text[wordEnd + 1]))))
                {
                    wordEnd++;
                }

                if (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
                {
                    if (ReadWord(text, i, wordEnd, end) is { } word)
                    {
                        tokens.Add(word);
                        i = Math.Max(word.End, wordEnd);
                        continue;
                    }
                }

                i = wordEnd;
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    private static NumberToken ReadNumeral(string text, int start, int limit)
    {
        var numberEnd = ParseNumber(text, start, limit, out var value);
        numberEnd = ReadMoneyMagnitude(text, start, numberEnd, ref value);
        if (ReadFraction(text, numberEnd, limit, value) is { } fraction)
        {
            return fraction with { Start = start, AttachedLeft = start > 0 && char.IsLetter(text[start - 1]) };
        }

        // "69.8 pm 0.5%", "4.4 \pm 0.7 points", "72.1 ± 0.4%": the spread is no number of its own; its unit is the value's.
        var toleranceEnd = SkipTolerance(text, numberEnd, limit);
        var unitEnd = UnitReader.Read(text, toleranceEnd, out var unit, out var unitText);
        if (unitEnd < 0 && toleranceEnd > numberEnd)
        {
            unitEnd = toleranceEnd;
        }

        if (unitEnd < 0 && IsAfterFactorOf(text, start))
        {
            // "by a factor of 3": the factor is stated before the number.
            unit = NumberUnit.Factor;
            unitEnd = numberEnd;
        }

        var attachedLeft = start > 0 && (char.IsLetter(text[start - 1])
            || (start > 1 && text[start - 1] is '-' or '_' && char.IsLetterOrDigit(text[start - 2])));
        var afterFirst = unitEnd > 0 ? unitEnd : numberEnd;
        var token = new NumberToken
        {
            Start = start,
            End = afterFirst,
            Value = value,
            Unit = unit,
            UnitText = unitText,
            AttachedLeft = attachedLeft,
            AttachedRight = unitEnd < 0 && numberEnd < text.Length && char.IsLetter(text[numberEnd]),
        };
        return TryRange(text, token, limit) ?? token;
    }

    /// <summary>A fraction ("1/3 of the compute", "~1/1000") is a share, read as a percentage.</summary>
    private static NumberToken? ReadFraction(string text, int numberEnd, int limit, double numerator)
    {
        if (numberEnd + 1 >= limit || text[numberEnd] != '/' || !char.IsAsciiDigit(text[numberEnd + 1]) || numerator != Math.Floor(numerator))
        {
            return null;
        }

        var end = ParseNumber(text, numberEnd + 1, limit, out var denominator);
        if (denominator <= numerator || denominator == 0 || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '/' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            return null;
        }

        return new NumberToken { Start = 0, End = end, Value = Math.Round(100 * numerator / denominator, 2), Unit = NumberUnit.Percent, UnitText = "" };
    }

    /// <summary>Extends a number into a range ("2-3x", "1.0%-1.3%", "2 to 10 times", "2.36sim 8.02times").</summary>
    private static NumberToken? TryRange(string text, NumberToken first, int limit)
    {
        var p = first.End;

        // "$1.7$--$2.3\times$": the first end may close its own LaTeX math before the dash.
        if (first.Start > 0 && text[first.Start - 1] is '$' or '{' && p < limit && text[p] is '$' or '}')
        {
            p++;
        }

        var separator = -1;
        foreach (var spelling in (ReadOnlySpan<string>)["--", "-", "–", "—", " - ", " – ", " to ", " up to ", "sim ", "sim", " and ", "\\sim ", "\\sim", "~"])
        {
            if (UnitReader.At(text, p, spelling))
            {
                separator = p + spelling.Length;
                break;
            }
        }

        // "$1.8\times$--$2.3\times$": the second end may open its own LaTeX math.
        while (separator > 0 && separator < limit - 1 && text[separator] is '$' or '{')
        {
            separator++;
        }

        if (separator < 0 || separator >= limit || !char.IsAsciiDigit(text[separator]))
        {
            return null;
        }

        var between = text.AsSpan(first.End, separator - first.End);
        var and = between.Contains("and", StringComparison.Ordinal);
        var to = between.Contains("to", StringComparison.Ordinal);
        var before = PreviousWord(text, first.Start);
        if ((and && before != "between") || (to && before == "from" && !IsRangeVerb(PreviousWord(text, first.Start - before.Length - 1))))
        {
            return null;
        }

        var secondEnd = ParseNumber(text, separator, limit, out var second);
        var unitEnd = UnitReader.Read(text, secondEnd, out var unit, out var unitText);
        if (unitEnd < 0 || unit == NumberUnit.None || (first.Unit != NumberUnit.None && first.Unit != unit) || second < first.Value)
        {
            return null;
        }

        return first with { End = unitEnd, Low = first.Value, Value = second, Unit = unit, UnitText = unitText, AttachedRight = false };
    }

    /// <summary>The end of a "± spread" after a number ("pm 0.5", "\\pm 0.7", "± 1.2"), or the number's end when there is none.</summary>
    private static int SkipTolerance(string text, int numberEnd, int limit)
    {
        var p = numberEnd;
        while (p < limit && text[p] is ' ' or '$' or '{' or '}' or '\\')
        {
            p++;
        }

        var sign = p < limit && text[p] == '±' ? p + 1 : UnitReader.At(text, p, "pm") && p + 2 < limit && !char.IsLetter(text[p + 2]) ? p + 2 : -1;
        if (sign < 0 || (p == numberEnd && text[p] != '±'))
        {
            return numberEnd;
        }

        var q = sign;
        while (q < limit && text[q] is ' ' or '$' or '{' or '}')
        {
            q++;
        }

        return q < limit && char.IsAsciiDigit(text[q]) ? ParseNumber(text, q, limit, out _) : numberEnd;
    }

    private static int ParseNumber(string text, int start, int limit, out double value)
    {
        // Digits are copied without separators into a small buffer: no allocation per number.
        Span<char> digits = stackalloc char[64];
        var length = 0;
        var p = start;
        while (p < limit && char.IsAsciiDigit(text[p]))
        {
            Append(digits, ref length, text[p++]);
        }

        // Thousands groups ("1,000", "534,700"); a comma with one or two digits is a decimal comma ("1,5x").
        while (p + 3 < limit + 1 && text[p] == ',' && CountDigits(text, p + 1, limit) == 3)
        {
            Append(digits, ref length, text[p + 1]);
            Append(digits, ref length, text[p + 2]);
            Append(digits, ref length, text[p + 3]);
            p += 4;
        }

        if (p + 1 < limit && text[p] is '.' or ',' && char.IsAsciiDigit(text[p + 1]) && (text[p] == '.' || CountDigits(text, p + 1, limit) <= 2))
        {
            Append(digits, ref length, '.');
            p++;
            while (p < limit && char.IsAsciiDigit(text[p]))
            {
                Append(digits, ref length, text[p++]);
            }
        }

        value = double.Parse(digits[..length], NumberStyles.Float, CultureInfo.InvariantCulture);
        return ReadMagnitude(text, p, limit, ref value);
    }

    private static bool IsAfterFactorOf(string text, int start)
    {
        var from = Math.Max(0, start - 12);
        var before = text.AsSpan(from, start - from).TrimEnd(" ~$".AsSpan());
        return before.EndsWith("factor of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"$2.5M", "$1.2B": money takes M and B as millions and billions.</summary>
    private static int ReadMoneyMagnitude(string text, int start, int end, ref double value)
    {
        if (start == 0 || text[start - 1] != '$' || end >= text.Length || !UnitReader.IsBoundary(text, end + 1))
        {
            return end;
        }

        var scale = text[end] switch { 'M' => 1e6, 'B' => 1e9, _ => 0 };
        if (scale == 0)
        {
            return end;
        }

        value *= scale;
        return end + 1;
    }

    private static void Append(Span<char> buffer, ref int length, char c)
    {
        // Digits past the buffer only add precision a claim never states.
        if (length < buffer.Length)
        {
            buffer[length++] = c;
        }
    }

    private static int ReadMagnitude(string text, int p, int limit, ref double value)
    {
        if (p < limit && text[p] is 'k' or 'K' && UnitReader.IsBoundary(text, p + 1))
        {
            value *= 1e3;
            return p + 1;
        }

        foreach (var (word, scale) in (ReadOnlySpan<(string, double)>)[(" thousand", 1e3), (" million", 1e6), (" billion", 1e9)])
        {
            if (UnitReader.At(text, p, word) && UnitReader.IsBoundary(text, p + word.Length))
            {
                value *= scale;
                return p + word.Length;
            }
        }

        return p;
    }

    private static int CountDigits(string text, int p, int limit)
    {
        var count = 0;
        while (p + count < limit && char.IsAsciiDigit(text[p + count]) && count < 4)
        {
            count++;
        }

        return count;
    }

    private static NumberToken? ReadWord(string text, int start, int wordEnd, int limit)
    {
        var word = text.AsSpan(start, wordEnd - start);
        if (ReadHyphenatedOrder(word) is { } order)
        {
            return new NumberToken { Start = start, End = wordEnd, Value = order, Unit = NumberUnit.Factor, UnitText = "", IsWord = true };
        }

        if (word.Length > 12)
        {
            return null;
        }

        if (NumberWords.TryOrderCount(word, out var count) && ReadOrderOfMagnitude(text, wordEnd) is var orderEnd and > 0)
        {
            return new NumberToken { Start = start, End = orderEnd, Value = Math.Pow(10, count), Unit = NumberUnit.Factor, UnitText = "", IsWord = true };
        }

        // "a quarter" / "one quarter" of something is a 25% share.
        if (word is "a" or "one" && ReadPhrase(text, wordEnd, " quarter") is var quarterEnd and > 0)
        {
            return new NumberToken { Start = start, End = quarterEnd, Value = 25, Unit = NumberUnit.Percent, UnitText = "", IsWord = true };
        }

        // "one third of the data" is a 33.3% share; "a third stage" is an ordinal, so a share needs "of" or "the" after it.
        if (word is "a" or "one" && ReadPhrase(text, wordEnd, " third") is var thirdEnd and > 0
            && (UnitReader.At(text, thirdEnd, " of ") || UnitReader.At(text, thirdEnd, " the ")))
        {
            return new NumberToken { Start = start, End = thirdEnd, Value = 33.33, Unit = NumberUnit.Percent, UnitText = "", IsWord = true };
        }

        if (NumberWords.TryStandalone(word, out var value, out var unit))
        {
            return new NumberToken { Start = start, End = wordEnd, Value = value, Unit = unit, UnitText = "", IsWord = true };
        }

        // "three times", "ten-fold", and durations written out ("in only three weeks").
        if (NumberWords.TryCardinal(word, out value) && UnitReader.Read(text, wordEnd, out unit, out var unitText) is var unitEnd and > 0
            && (unit == NumberUnit.Factor || (unit == NumberUnit.Measure && unitText is "weeks" or "days" or "hours" or "minutes" or "seconds")))
        {
            return new NumberToken { Start = start, End = Math.Min(unitEnd, limit), Value = value, Unit = unit, UnitText = unitText, IsWord = true };
        }

        return null;
    }

    /// <summary>"a two-order-of-magnitude reduction": the phrase written as one hyphenated modifier.</summary>
    private static double? ReadHyphenatedOrder(ReadOnlySpan<char> word)
    {
        var dash = word.IndexOf('-');
        if (dash <= 0 || !NumberWords.TryOrderCount(word[..dash], out var count))
        {
            return null;
        }

        var rest = word[(dash + 1)..];
        return rest.Equals("order-of-magnitude", StringComparison.OrdinalIgnoreCase) || rest.Equals("orders-of-magnitude", StringComparison.OrdinalIgnoreCase)
            ? Math.Pow(10, count)
            : null;
    }

    private static int ReadPhrase(string text, int p, string phrase) =>
        p + phrase.Length <= text.Length && string.CompareOrdinal(text, p, phrase, 0, phrase.Length) == 0 && UnitReader.IsBoundary(text, p + phrase.Length)
            ? p + phrase.Length
            : -1;

    private static int ReadOrderOfMagnitude(string text, int p)
    {
        foreach (var phrase in (ReadOnlySpan<string>)[" orders of magnitude", " order of magnitude", " orders-of-magnitude", " order-of-magnitude", " magnitude"])
        {
            if (p + phrase.Length <= text.Length && string.Compare(text, p, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return p + phrase.Length;
            }
        }

        return -1;
    }

    /// <summary>"ranging from 6% to 21%" states a range, unlike "rises from 6% to 21%".</summary>
    private static bool IsRangeVerb(string word) => word is "ranging" or "ranges" or "range" or "varying" or "varies" or "vary";

    private static string PreviousWord(string text, int p)
    {
        var end = p;
        while (end > 0 && !char.IsLetter(text[end - 1]) && p - end < 3)
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start < 12)
        {
            start--;
        }

        return text[start..end].ToLowerInvariant();
    }
}
