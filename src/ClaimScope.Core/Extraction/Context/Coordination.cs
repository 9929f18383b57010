namespace ClaimScope.Core.Extraction.Context;

/// <summary>
/// Recognises a number in the same construction as the claim before it, so it can take that
/// claim's reading (and, for parallel items, its hedge) when its own words say nothing.
/// Reads only the short gap between the two numbers.
/// </summary>
public static class Coordination
{
    private const int MaxGap = 80;

    private static readonly string[] Hedges = ["", " over", " up to", " about", " nearly", " around", " roughly", " more than", " an average of"];

    /// <summary>How the number at <paramref name="start"/>..<paramref name="end"/> stands to the number ending at <paramref name="previousEnd"/>.</summary>
    public static CoordinationKind Of(string text, int previousEnd, int start, int end = -1, int previousStart = -1)
    {
        if (start - previousEnd > MaxGap || start <= previousEnd)
        {
            return CoordinationKind.None;
        }

        var gap = text.AsSpan(previousEnd, start - previousEnd);

        // "summarisation (XSum by 18.9%), instruction following (MemoTrap by 10.2%)", "methods (+10%) as well as
        // decoding methods (+15%)": each item repeats the lead of the first, so it is the same change on another object.
        if (previousStart >= 0 && gap.IndexOfAny(";:") < 0 && Lead(text, previousStart) is { } lead && Lead(text, start) == lead)
        {
            return CoordinationKind.SecondObject;
        }
        if (gap.Contains(" and ", StringComparison.Ordinal) && gap.IndexOfAny(",;:") < 0 && EndsWithBy(gap.TrimEnd()))
        {
            return CoordinationKind.SecondObject;
        }

        if ((gap.StartsWith(" on ") || gap.StartsWith(" for ") || gap.StartsWith(" in ")) && gap.EndsWith(" and ") && gap.Length <= 40 && gap.IndexOfAny(",;:") < 0)
        {
            return CoordinationKind.Parallel;
        }

        // "4% for hate speech classification, 3.8% for stance classification, and 6% for irony": items of a list by benchmark.
        if ((gap.StartsWith(" on ") || gap.StartsWith(" for ") || gap.StartsWith(" in ")) && (gap.EndsWith(", ") || gap.EndsWith(", and "))
            && gap.Length <= 48 && gap.IndexOfAny(";:()") < 0 && gap.Count(',') == 1)
        {
            return CoordinationKind.Parallel;
        }

        // "reduce 95% energy cost by ... and 80% energy cost of ...": the same words follow both numbers.
        if (end > start && gap.EndsWith(" and ") && gap.IndexOfAny(";:") < 0 && SameNextWord(text, previousEnd, end))
        {
            return CoordinationKind.Parallel;
        }

        // "80% less latency compared to Accelerate, and over 90% compared to Transformers": the same change against another baseline.
        if (end > start && gap.Contains(" compared to ", StringComparison.Ordinal) && gap.Contains(", and", StringComparison.Ordinal) && StartsComparison(text, end))
        {
            return CoordinationKind.SecondObject;
        }

        var trimmed = gap.Trim();
        if (trimmed.EndsWith(",") && trimmed.Count(' ') + 1 <= 2 && trimmed.IndexOfAny("0123456789;:()") < 0)
        {
            return CoordinationKind.Parallel;
        }

        // "up to 9.03 pp (percentage point) higher HTML match, 0.0985 higher CW-SSIM": a gloss in brackets is read past.
        if (trimmed.EndsWith(",") && WithoutGloss(trimmed) is { } plain && plain.Count(' ') + 1 <= 3 && plain.AsSpan().IndexOfAny("0123456789;:") < 0)
        {
            return CoordinationKind.Parallel;
        }

        var open = trimmed.IndexOf('(');
        if (open < 0)
        {
            return CoordinationKind.None;
        }

        return trimmed.Length <= 20 && trimmed[..open].IndexOfAny(",;:") < 0 && trimmed[(open + 1)..].Trim().Length <= 8
            ? CoordinationKind.Parenthetical
            : CoordinationKind.None;
    }

    /// <summary>The lead right before a number that marks a stated change: "by" (maybe hedged) or a bracketed "(+".</summary>
    private static string? Lead(string text, int start)
    {
        if (start >= 2 && text[start - 1] == '+' && text[start - 2] == '(')
        {
            return "(+";
        }

        var from = Math.Max(0, start - 16);
        var before = text.AsSpan(from, start - from).TrimEnd(" $~".AsSpan());
        return EndsWithBy(before) ? "by" : null;
    }

    /// <summary>The gap without one leading bracketed gloss of words ("(percentage point)"), or null when there is none.</summary>
    private static string? WithoutGloss(ReadOnlySpan<char> gap)
    {
        var open = gap.IndexOf('(');
        var close = gap.IndexOf(')');
        if (open != 0 || close < 0 || gap[..close].IndexOfAny("0123456789") >= 0)
        {
            return null;
        }

        return gap[(close + 1)..].Trim().ToString();
    }

    private static bool EndsWithBy(ReadOnlySpan<char> gap)
    {
        foreach (var hedge in Hedges)
        {
            if (gap.EndsWith(" by" + hedge, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsComparison(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(16, text.Length - end));
        return after.StartsWith(" compared to ") || after.StartsWith(" than ") || after.StartsWith(" over ") || after.StartsWith(" vs");
    }

    private static bool SameNextWord(string text, int previousEnd, int end) =>
        NextWord(text, previousEnd) is { Length: > 2 } first && NextWord(text, end).SequenceEqual(first);

    private static ReadOnlySpan<char> NextWord(string text, int p)
    {
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        var start = p;
        while (p < text.Length && char.IsLetter(text[p]) && p - start < 30)
        {
            p++;
        }

        return text.AsSpan(start, p - start);
    }
}
