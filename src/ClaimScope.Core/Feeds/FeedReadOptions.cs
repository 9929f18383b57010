namespace ClaimScope.Core.Feeds;

/// <summary>Settings shared by every feed reader.</summary>
public sealed record FeedReadOptions
{
    /// <summary>The listing date to assume ("--as-of"); yearless dates are resolved against it.</summary>
    public DateOnly? AsOf { get; init; }

    public static FeedReadOptions Default { get; } = new();
}
