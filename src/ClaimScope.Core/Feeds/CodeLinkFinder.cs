using System.Text.RegularExpressions;

namespace ClaimScope.Core.Feeds;

/// <summary>Finds the code repository an abstract links to ("Code is available at https://github.com/...").</summary>
public static partial class CodeLinkFinder
{
    // One character class repeated once: linear, no backtracking trap on long lines.
    [GeneratedRegex(@"https?://(?:www\.)?github\.com/[^\s<>()\[\]{}""',;]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GitHubUrl();

    public static string? Find(string text)
    {
        var match = GitHubUrl().Match(text);
        return match.Success ? match.Value.TrimEnd('.', ':', '!', '?') : null;
    }
}
