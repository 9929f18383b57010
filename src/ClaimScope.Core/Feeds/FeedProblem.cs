using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds;

/// <summary>A record or file that could not be read: reported, skipped, and the rest kept.</summary>
public sealed record FeedProblem(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
