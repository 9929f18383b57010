namespace ClaimScope.Core.Extraction.Scanning;

/// <summary>
/// Gives the bare numbers of a list the unit written once at its end: in "up to 6.9, 8.3 and
/// 6.2 pp" every item is in percentage points. Runs once over a sentence's tokens, linearly.
/// </summary>
public static class ListUnits
{
    public static IReadOnlyList<NumberToken> Propagate(string text, IReadOnlyList<NumberToken> tokens)
    {
        NumberToken[]? result = null;
        for (var i = tokens.Count - 1; i > 0; i--)
        {
            var end = (result ?? tokens)[i];

            // A list closes with "and"/"or" before its last item; "seq. length 16K, 61.4%" is no list.
            if (end.Unit == NumberUnit.None || !ClosesList(text, tokens[i - 1].End, end.Start))
            {
                continue;
            }

            for (var j = i - 1; j >= 0 && i - j <= 8 && tokens[j].Unit == NumberUnit.None && !tokens[j].AttachedLeft && !tokens[j].AttachedRight
                && IsListGap(text, tokens[j].End, tokens[j + 1].Start); j--)
            {
                result ??= [.. tokens];
                result[j] = tokens[j] with { Unit = end.Unit, UnitText = end.UnitText };
            }
        }

        return result ?? tokens;
    }

    private static bool ClosesList(string text, int end, int start) =>
        start > end && start - end <= 6 && text.AsSpan(end, start - end).Trim() is "and" or ", and" or "or" or ", or";

    private static bool IsListGap(string text, int end, int start)
    {
        if (start <= end || start - end > 6)
        {
            return false;
        }

        var gap = text.AsSpan(end, start - end).Trim();
        return gap is "," or "and" or ", and" or "or" or ", or" or "/";
    }
}
