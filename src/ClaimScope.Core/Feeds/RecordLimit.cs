using System.Globalization;

namespace ClaimScope.Core.Feeds;

/// <summary>The message for a record over <see cref="FeedReadOptions.MaxRecordChars"/>, the same from every reader.</summary>
public static class RecordLimit
{
    public static string TooLarge(long length, FeedReadOptions options) =>
        string.Create(CultureInfo.InvariantCulture,
            $"record too large ({length / (1024.0 * 1024.0):0.#} MB, over the {options.MaxRecordChars / (1024 * 1024)} MB limit of --max-record-mb); skipped");
}
