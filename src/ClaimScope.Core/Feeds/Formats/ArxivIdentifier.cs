using System.Text.RegularExpressions;

namespace ClaimScope.Core.Feeds.Formats;

/// <summary>
/// The arXiv id inside the forms feeds use ("http://arxiv.org/abs/1111.2011v2",
/// "oai:arXiv.org:2203.01250v3", "https://arxiv.org/abs/2203.01250", "arXiv:hep-ex/0406020v1"),
/// without its version, so every listing of a paper shares one key.
/// </summary>
public static partial class ArxivIdentifier
{
    // New style 0704.0001 / 2203.01250, or old style archive(.subject)/YYMMNNN.
    [GeneratedRegex(@"(?:^|[/:])((?:\d{4}\.\d{4,5})|(?:[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7}))(?:v\d+)?/?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingId();

    /// <summary>The versionless id at the end of <paramref name="text"/>, or null when there is none.</summary>
    public static string? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = TrailingId().Match(text.Trim());
        return match.Success ? match.Groups[1].Value : null;
    }
}
