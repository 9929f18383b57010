namespace ClaimScope.Core.Model;

/// <summary>One appearance of a paper in a listing.</summary>
public sealed record PaperAppearance(DateOnly? ListingDate, SourceLocation Source, int? Upvotes);
