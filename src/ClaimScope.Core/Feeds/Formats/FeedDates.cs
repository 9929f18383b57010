using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimScope.Core.Feeds.Formats;

/// <summary>
/// The calendar day of the timestamps feeds write. The day is taken as written, not converted to
/// UTC: an arXiv announcement "Fri, 23 Feb 2024 00:00:00 -0500" belongs to 23 February.
/// </summary>
public static partial class FeedDates
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // Weekday optional, day with or without a leading zero ("Mon, 2 Apr 2007", "Wed, 06 Aug 2025").
    [GeneratedRegex(@"^\s*(?:[A-Za-z]{3,9},?\s+)?([0-9]{1,2})\s+([A-Za-z]{3,9})\.?\s+([0-9]{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex RfcDay();

    /// <summary>The day of an ISO-8601 timestamp ("2024-06-03T17:53:00.000Z", "2016-05-26T17:59:46Z", "2025-01-10").</summary>
    public static DateOnly? FromIso(string? text)
    {
        if (text is null || text.Trim() is not { Length: >= 10 } trimmed)
        {
            return null;
        }

        return DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
    }

    /// <summary>The day of an RFC-822/1123 timestamp ("Mon, 2 Apr 2007 19:18:42 GMT"), tolerant of padding and zones.</summary>
    public static DateOnly? FromRfc822(string? text)
    {
        var match = text is null ? Match.Empty : RfcDay().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var monthName = match.Groups[2].Value;
        var month = Array.IndexOf(MonthNames, monthName[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        return month > 0 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
