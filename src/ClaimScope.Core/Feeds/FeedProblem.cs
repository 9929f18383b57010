using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// A record or file that could not be read: reported, skipped, and the rest kept. Line 0 means
/// the problem is about the path itself (a folder, a pipe), not a place in its text.
/// </summary>
public sealed record FeedProblem(SourceLocation Location, string Message)
{
    public override string ToString() => Location.Line > 0 ? $"{Location}: {Message}" : $"{Location.File}: {Message}";
}
