namespace ClaimScope.Core.Feeds;

/// <summary>Settings shared by every feed reader.</summary>
public sealed record FeedReadOptions
{
    /// <summary>The default cap on one record or line: 16 MB, far above any real abstract (a few kB).</summary>
    public const int DefaultMaxRecordChars = 16 * 1024 * 1024;

    /// <summary>The default cap on a feed read as one document (JSON, XML, a Daily Papers page): 256 MB.</summary>
    public const long DefaultMaxDocumentChars = 256L * 1024 * 1024;

    /// <summary>The listing date to assume ("--as-of"); yearless dates are resolved against it.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// The longest record or line kept ("--max-record-mb"), in characters: a longer one is reported
    /// as too large and skipped without ever being held whole, so a small compressed file that
    /// unpacks to one gigabyte-long line costs time, not memory.
    /// </summary>
    public int MaxRecordChars { get; init; } = DefaultMaxRecordChars;

    /// <summary>
    /// The most read from a feed that is parsed as one document ("--max-document-mb"); the rest
    /// is reported and skipped. Line-by-line formats (the arXiv snapshot) are not limited by it.
    /// </summary>
    public long MaxDocumentChars { get; init; } = DefaultMaxDocumentChars;

    public static FeedReadOptions Default { get; } = new();
}
