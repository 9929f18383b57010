namespace ClaimScope.Core.Extraction.Scanning;

/// <summary>The words that state a number: "three" (with "times"/"fold"), "twice", "halves", "an order of magnitude".</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, double> Cardinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100,
    };

    private static readonly Dictionary<string, double> OrderCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["an"] = 1, ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
    };

    public static bool TryCardinal(ReadOnlySpan<char> word, out double value) =>
        Cardinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value);

    public static bool TryOrderCount(ReadOnlySpan<char> word, out double value) =>
        OrderCounts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value);

    /// <summary>Words that are a whole factor or share by themselves.</summary>
    public static bool TryStandalone(ReadOnlySpan<char> word, out double value, out NumberUnit unit)
    {
        unit = NumberUnit.Factor;
        value = 0;
        var lower = word.ToString().ToLowerInvariant();
        switch (lower)
        {
            case "twice" or "double" or "doubles" or "doubled" or "doubling" or "twofold" or "two-fold":
                value = 2;
                return true;
            case "threefold" or "three-fold" or "triple" or "triples" or "tripled" or "tripling":
                value = 3;
                return true;
            case "fourfold" or "four-fold" or "quadruple" or "quadruples":
                value = 4;
                return true;
            case "fivefold" or "five-fold":
                value = 5;
                return true;
            case "tenfold" or "ten-fold":
                value = 10;
                return true;
            case "hundredfold" or "hundred-fold":
                value = 100;
                return true;
            case "halves" or "halved" or "halving" or "halve" or "half":
                unit = NumberUnit.Percent;
                value = 50;
                return true;
            default:
                return false;
        }
    }
}
