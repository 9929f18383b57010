namespace ClaimScope.Core.Extraction.Context;

/// <summary>
/// Recognises a number in the same construction as the claim before it, so it can take that
/// claim's reading (and, for parallel items, its hedge) when its own words say nothing.
/// Reads only the short gap between the two numbers.
/// </summary>
public static class Coordination
{
    private const int MaxGap = 80;

    public static CoordinationKind Of(string text, int previousEnd, int start)
    {
        if (start - previousEnd > MaxGap || start <= previousEnd)
        {
            return CoordinationKind.None;
        }

        var gap = text.AsSpan(previousEnd, start - previousEnd);
        if (gap.StartsWith(" and ") && gap.IndexOfAny(",;:") < 0 && gap.TrimEnd().EndsWith(" by", StringComparison.Ordinal))
        {
            return CoordinationKind.SecondObject;
        }

        if ((gap.StartsWith(" on ") || gap.StartsWith(" for ") || gap.StartsWith(" in ")) && gap.EndsWith(" and ") && gap.Length <= 40 && gap.IndexOfAny(",;:") < 0)
        {
            return CoordinationKind.Parallel;
        }

        var trimmed = gap.Trim();
        if (trimmed.EndsWith(",") && trimmed.Count(' ') + 1 <= 2 && trimmed.IndexOfAny("0123456789;:()") < 0)
        {
            return CoordinationKind.Parallel;
        }

        var open = trimmed.IndexOf('(');
        return open >= 0 && trimmed.Length <= 20 && trimmed[..open].IndexOfAny(",;:") < 0 && trimmed[(open + 1)..].Trim().Length <= 8
            ? CoordinationKind.Parenthetical
            : CoordinationKind.None;
    }
}
