using System.Globalization;

namespace ClaimScope.CorpusGenerator;

/// <summary>Sizes as people write them: 5000, 300KB, 300MB, 1GB (decimal units, as MB/s figures are).</summary>
public static class ByteSize
{
    public static long? Parse(string text)
    {
        var units = new (string Suffix, long Factor)[] { ("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1) };
        foreach (var (suffix, factor) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return (long)(value * factor);
            }
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes) && bytes > 0 ? bytes : null;
    }
}
