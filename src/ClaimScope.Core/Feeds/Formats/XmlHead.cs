using System.Text.RegularExpressions;

namespace ClaimScope.Core.Feeds.Formats;

/// <summary>
/// Looks at the root element of an XML file's head without parsing it, so detection never
/// mistakes an abstract that mentions "&lt;rss" or "&lt;feed" for a feed.
/// </summary>
internal static partial class XmlHead
{
    // Skips a byte-order mark, declaration, comments, processing instructions and a doctype (with an
    // internal subset too, so a hostile DTD is refused by the parser with its line, not passed over).
    [GeneratedRegex(@"^\uFEFF?(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*<(?<name>[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)(?<attributes>[^>]*)>",
        RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Root();

    /// <summary>True when the first element is <paramref name="name"/> (prefix ignored) and its start tag contains <paramref name="attributeText"/>.</summary>
    public static bool RootIs(string head, string name, string attributeText = "")
    {
        var match = Root().Match(head);
        if (!match.Success)
        {
            return false;
        }

        var root = match.Groups["name"].Value;
        var local = root[(root.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return local == name && match.Groups["attributes"].Value.Contains(attributeText, StringComparison.Ordinal);
    }
}
