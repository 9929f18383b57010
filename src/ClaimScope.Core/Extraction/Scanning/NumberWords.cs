namespace ClaimScope.Core.Extraction.Scanning;

/// <summary>The words that state a number: "three" (with "times"/"fold"), "twice", "halves", "an order of magnitude".</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, double> Cardinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["fifteen"] = 15,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["hundred"] = 100,
    };

    private static readonly Dictionary<string, double> OrderCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["an"] = 1,
        ["a"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
    };

    public static bool TryCardinal(ReadOnlySpan<char> word, out double value) =>
        Cardinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value);

    public static bool TryOrderCount(ReadOnlySpan<char> word, out double value) =>
        OrderCounts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value);

    private static readonly Dictionary<string, (double Value, NumberUnit Unit)> Standalone = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twice"] = (2, NumberUnit.Factor),
        ["double"] = (2, NumberUnit.Factor),
        ["doubles"] = (2, NumberUnit.Factor),
        ["doubled"] = (2, NumberUnit.Factor),
        ["doubling"] = (2, NumberUnit.Factor),
        ["twofold"] = (2, NumberUnit.Factor),
        ["two-fold"] = (2, NumberUnit.Factor),
        ["threefold"] = (3, NumberUnit.Factor),
        ["three-fold"] = (3, NumberUnit.Factor),
        ["triple"] = (3, NumberUnit.Factor),
        ["triples"] = (3, NumberUnit.Factor),
        ["tripled"] = (3, NumberUnit.Factor),
        ["tripling"] = (3, NumberUnit.Factor),
        ["fourfold"] = (4, NumberUnit.Factor),
        ["four-fold"] = (4, NumberUnit.Factor),
        ["quadruple"] = (4, NumberUnit.Factor),
        ["quadruples"] = (4, NumberUnit.Factor),
        ["fivefold"] = (5, NumberUnit.Factor),
        ["five-fold"] = (5, NumberUnit.Factor),
        ["tenfold"] = (10, NumberUnit.Factor),
        ["ten-fold"] = (10, NumberUnit.Factor),
        ["hundredfold"] = (100, NumberUnit.Factor),
        ["hundred-fold"] = (100, NumberUnit.Factor),
        ["halves"] = (50, NumberUnit.Percent),
        ["halved"] = (50, NumberUnit.Percent),
        ["halving"] = (50, NumberUnit.Percent),
        ["halve"] = (50, NumberUnit.Percent),
        ["half"] = (50, NumberUnit.Percent),
    };

    /// <summary>Words that are a whole factor or share by themselves ("twice", "threefold", "halves").</summary>
    public static bool TryStandalone(ReadOnlySpan<char> word, out double value, out NumberUnit unit)
    {
        var found = Standalone.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var entry);
        (value, unit) = entry;
        return found;
    }
}
