using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// Dates as a person types them in a daily routine: <c>2025-01-31</c>, or a span back from today
/// (<c>7d</c>, <c>2w</c>, <c>0d</c> for today), so a cron line never needs editing.
/// </summary>
internal static partial class RelativeDate
{
    public static bool TryParse(string text, DateOnly today, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        var match = Span().Match(text.Trim());
        if (match.Success && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 100_000)
        {
            date = today.AddDays(-count * (match.Groups[2].Value == "w" ? 7 : 1));
            return true;
        }

        date = default;
        return false;
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [GeneratedRegex(@"^(\d{1,6})([dw])$", RegexOptions.CultureInvariant)]
    private static partial Regex Span();
}
