using System.Globalization;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// A date as the Daily Papers page prints it: "Dec 8", "Aug 21, 2024", optionally followed by
/// an upvote count ("Oct 15 2", "Aug 6, 2024 3"). The year is missing when it is the current one.
/// </summary>
public readonly record struct ListingDate(int Month, int Day, int? Year, int? Upvotes)
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Parses a date line; false when the line is not one.</summary>
    public static bool TryParse(string line, out ListingDate date)
    {
        date = default;
        var parts = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 4 || parts[0].Length < 3)
        {
            return false;
        }

        var month = Array.IndexOf(MonthNames, parts[0][..3].ToLowerInvariant()) + 1;
        if (month == 0 || !parts[0].All(char.IsLetter) || parts[0].Length > 9)
        {
            return false;
        }

        var dayText = parts[1];
        var hasYear = dayText.EndsWith(',');
        if (!TryInt(dayText.TrimEnd(','), out var day) || day is < 1 or > 31)
        {
            return false;
        }

        int? year = null;
        var next = 2;
        if (hasYear)
        {
            if (parts.Length < 3 || !TryInt(parts[2], out var y) || y is < 1900 or > 2200)
            {
                return false;
            }

            year = y;
            next = 3;
        }

        int? upvotes = null;
        if (parts.Length > next)
        {
            if (parts.Length > next + 1 || !TryInt(parts[next], out var votes))
            {
                return false;
            }

            upvotes = votes;
        }

        date = new ListingDate(month, day, year, upvotes);
        return true;
    }

    /// <summary>
    /// The calendar date, placing a yearless date in <paramref name="listingYear"/>, or in the
    /// year before when it would fall after the listing's own date.
    /// </summary>
    public DateOnly? Resolve(int listingYear, DateOnly? listingDate)
    {
        var year = Year ?? listingYear;
        if (Year is null && listingDate is { } listed && IsAfter(year, listed))
        {
            year--;
        }

        return Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
    }

    private bool IsAfter(int year, DateOnly listed) =>
        year > listed.Year || (year == listed.Year && (Month > listed.Month || (Month == listed.Month && Day > listed.Day)));

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
