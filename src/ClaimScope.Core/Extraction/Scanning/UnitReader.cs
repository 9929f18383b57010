namespace ClaimScope.Core.Extraction.Scanning;

/// <summary>
/// Reads the unit written right after a number, in the many spellings the dumps use:
/// "x", "X", "×", "times", "\times", "$\times$", "-fold", "%", "\%", " percent", "pp", "points", "GB"...
/// Looks ahead a bounded number of characters, so scanning stays linear.
/// </summary>
internal static class UnitReader
{
    /// <summary>Reads a unit starting at <paramref name="position"/>; returns the end of the unit, or -1.</summary>
    public static int Read(string text, int position, out NumberUnit unit, out string unitText)
    {
        unit = NumberUnit.None;
        unitText = "";
        var p = SkipDecoration(text, position);
        var spaced = p < text.Length && (text[p] == ' ' || text[p] == '~');
        if (spaced)
        {
            p = SkipDecoration(text, p + 1);
        }

        if (p >= text.Length)
        {
            return -1;
        }

        if (text[p] == '%' || At(text, p, "\\%"))
        {
            // "by an average of 19% points": a percent sign followed by "points" is percentage points.
            var end = p + (text[p] == '%' ? 1 : 2);
            var points = SkipClosingMath(text, end) is var q && At(text, q, " points") && IsBoundary(text, q + 7) ? q + 7 : -1;
            unit = points > 0 ? NumberUnit.PercentagePoints : NumberUnit.Percent;
            return points > 0 ? points : end;
        }

        if ((text[p] is 'x' or 'X' or '×') && !spaced && IsBoundary(text, p + 1))
        {
            unit = NumberUnit.Factor;
            return SkipClosingMath(text, p + 1);
        }

        if (text[p] == '×' && IsBoundary(text, p + 1))
        {
            unit = NumberUnit.Factor;
            return p + 1;
        }

        var times = At(text, p, "\\times") ? p + 6 : AtWord(text, p, "times") ? p + 5 : -1;
        if (times > 0 && IsBoundary(text, times) && !IsMultiplication(text, times))
        {
            unit = NumberUnit.Factor;
            return SkipClosingMath(text, times);
        }

        foreach (var fold in (ReadOnlySpan<string>)["-fold", "fold"])
        {
            if (At(text, p, fold) && IsBoundary(text, p + fold.Length))
            {
                unit = NumberUnit.Factor;
                return p + fold.Length;
            }
        }

        return ReadWordUnit(text, p, spaced, ref unit, ref unitText);
    }

    /// <summary>"245759 times 50000": "times" between two numbers multiplies, it states no factor.</summary>
    private static bool IsMultiplication(string text, int p)
    {
        while (p < text.Length && text[p] is ' ' or '$' or '{')
        {
            p++;
        }

        return p < text.Length && char.IsAsciiDigit(text[p]);
    }

    private static int ReadWordUnit(string text, int p, bool spaced, ref NumberUnit unit, ref string unitText)
    {
        foreach (var (spelling, family) in (ReadOnlySpan<(string, NumberUnit)>)[
            ("percentage points", NumberUnit.PercentagePoints), ("percentage point", NumberUnit.PercentagePoints),
            ("percent", NumberUnit.Percent), ("per cent", NumberUnit.Percent), ("p.p.", NumberUnit.PercentagePoints),
            ("pp", NumberUnit.PercentagePoints), ("points", NumberUnit.Points), ("point", NumberUnit.Points),
            ("-point", NumberUnit.Points)])
        {
            if (AtWord(text, p, spelling) && (spelling.EndsWith('.') || IsBoundary(text, p + spelling.Length)))
            {
                unit = family;
                return p + spelling.Length;
            }
        }

        var measureEnd = MeasureUnits.Read(text, p, spaced, out var measureText);
        if (measureEnd > 0)
        {
            unit = NumberUnit.Measure;
            unitText = measureText;
            return measureEnd;
        }

        return -1;
    }

    private static int SkipDecoration(string text, int p)
    {
        while (p < text.Length && (text[p] is '$' or '{' or '}' || At(text, p, "\\,") || At(text, p, "\\!")))
        {
            p += text[p] == '\\' ? 2 : 1;
        }

        return p;
    }

    private static int SkipClosingMath(string text, int p)
    {
        while (p < text.Length && text[p] is '$' or '}')
        {
            p++;
        }

        return p;
    }

    public static bool At(string text, int p, string value) =>
        p + value.Length <= text.Length && string.CompareOrdinal(text, p, value, 0, value.Length) == 0;

    private static bool AtWord(string text, int p, string value) =>
        p + value.Length <= text.Length && string.Compare(text, p, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>True when no letter or digit continues the word at <paramref name="p"/>.</summary>
    public static bool IsBoundary(string text, int p) => p >= text.Length || !char.IsLetterOrDigit(text[p]);
}
