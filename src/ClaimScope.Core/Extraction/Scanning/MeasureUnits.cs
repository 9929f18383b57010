using System.Collections.Frozen;

namespace ClaimScope.Core.Extraction.Scanning;

/// <summary>
/// Units of measure as an open class: an SI prefix with a base unit ("ms", "µs", "GiB", "kWh",
/// "mJ", "TFLOPS", "TOPS"), a rate of anything per unit of time or energy ("tokens/s", "img/s",
/// "tok/s", "GB/s", "TOPS/W"), spelled-out times and rates ("seconds", "tokens per second"),
/// and the standard names of the field (FPS, QPS, bpb, GPU-hours). Looked up by span, no copies.
/// </summary>
internal static class MeasureUnits
{
    private static readonly FrozenSet<string> Bases = FrozenSet.ToFrozenSet(["s", "J", "W", "Wh", "Hz", "B", "iB", "FLOPS", "FLOPs", "Flops", "OPS"], StringComparer.Ordinal);

    /// <summary>Whole units that prefix + base does not give.</summary>
    private static readonly FrozenSet<string> Named = FrozenSet.ToFrozenSet(
    [
        "seconds", "second", "sec", "secs", "minutes", "minute", "mins", "hours", "hour", "hrs", "days", "weeks",
        "FPS", "fps", "QPS", "RPS", "bpb", "bpc", "bpd", "mm2", "W", "GPU-hours", "GPU-hour", "GPU-days", "TPU-hours",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> TimeDenominators = FrozenSet.ToFrozenSet(["s", "sec", "second", "ms", "min", "h", "hr", "hour", "day"], StringComparer.Ordinal);

    private static readonly string[] Spelled =
    [
        "tokens per second", "frames per second", "requests per second", "queries per second", "samples per second", "images per second",
        "GPU hours", "GPU days",
    ];

    /// <summary>The end of a unit of measure at <paramref name="p"/>, or -1; a bare "s" counts only glued to the number.</summary>
    public static int Read(string text, int p, bool spaced, out string unitText)
    {
        unitText = "";
        foreach (var phrase in Spelled)
        {
            if (UnitReader.At(text, p, phrase) && UnitReader.IsBoundary(text, p + phrase.Length))
            {
                unitText = phrase;
                return p + phrase.Length;
            }
        }

        var end = p;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is 'µ' or 'μ' || (char.IsAsciiDigit(text[end]) && end > p)
            || (text[end] is '/' or '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]) && end > p)))
        {
            end++;
        }

        if (end == p || end - p > 16)
        {
            return -1;
        }

        var word = text.AsSpan(p, end - p);
        if (word is "s" && spaced && text[p - 1] != '~')
        {
            return -1;
        }

        var slash = word.IndexOf('/');
        var known = slash < 0 ? IsUnit(word) : IsRate(word[..slash], word[(slash + 1)..]);
        if (!known)
        {
            return -1;
        }

        unitText = word.ToString();
        return end;
    }

    private static bool IsUnit(ReadOnlySpan<char> word) =>
        word is "s" || Named.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || IsPrefixed(word);

    /// <summary>An SI prefix and a base: "ms", "GiB", "kWh", "TFLOPS". A bare base other than seconds and watts is not read ("7B" is a size).</summary>
    private static bool IsPrefixed(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word[0] is not ('p' or 'n' or 'µ' or 'μ' or 'm' or 'k' or 'K' or 'M' or 'G' or 'T' or 'P'))
        {
            return false;
        }

        var rest = word[1..];
        var bases = Bases.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!bases.Contains(rest))
        {
            return false;
        }

        // Seconds take only the small prefixes ("ms", "µs", "ns"); bytes only the large ones ("MB", "GiB").
        return rest switch
        {
            "s" => word[0] is 'm' or 'µ' or 'μ' or 'n',
            "B" or "iB" => word[0] is 'K' or 'k' or 'M' or 'G' or 'T' or 'P',
            _ => true,
        };
    }

    /// <summary>"tokens/s", "img/s", "GB/s", "TOPS/W", "samples/kJ": any amount per unit of time or energy, or a unit per device.</summary>
    private static bool IsRate(ReadOnlySpan<char> numerator, ReadOnlySpan<char> denominator)
    {
        if (numerator.IsEmpty || denominator.IsEmpty || denominator.IndexOf('/') >= 0)
        {
            return false;
        }

        var times = TimeDenominators.GetAlternateLookup<ReadOnlySpan<char>>();
        return times.Contains(denominator) || denominator is "W" or "J" or "kJ" or "mJ" || (IsUnit(numerator) && denominator is "GPU" or "chip" or "device");
    }
}
