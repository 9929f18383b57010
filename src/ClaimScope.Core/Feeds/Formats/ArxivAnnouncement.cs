using System.Text.RegularExpressions;

namespace ClaimScope.Core.Feeds.Formats;

/// <summary>
/// The prefix rss.arxiv.org puts before every abstract ("arXiv:2203.01250v3 Announce Type:
/// replace-cross \nAbstract: ..."): it names the paper and the announcement, it is not abstract text.
/// </summary>
public static partial class ArxivAnnouncement
{
    [GeneratedRegex(@"^\s*arXiv:(\S+)\s+Announce Type:\s*(\S+)\s*Abstract:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    /// <summary>Splits the description into the id it names (versionless, or null) and the abstract after the prefix.</summary>
    public static (string? ArxivId, string Abstract) Split(string description)
    {
        var match = Prefix().Match(description);
        return match.Success
            ? (ArxivIdentifier.Parse(match.Groups[1].Value), description[match.Length..])
            : (null, description);
    }
}
