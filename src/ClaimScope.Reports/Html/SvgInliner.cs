using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace ClaimScope.Reports.Html;

/// <summary>
/// Prepares a chart's SVG file for inlining into the page. The file is parsed as XML (no DTD) and
/// checked by structure, never by words: only drawing elements and their plain attributes are
/// allowed, no event handlers, links only to the report itself (<c>index.html#...</c> becomes an
/// in-page anchor), <c>url()</c> only to the chart's own ids. Text is just text, so a paper titled
/// "Learning JavaScript: onload=..." is drawn as written. Every id is prefixed so several charts'
/// clip paths cannot collide, and a viewBox lets the chart scale with the page.
/// </summary>
internal static partial class SvgInliner
{
    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "path", "rect", "line", "polyline", "polygon", "circle", "ellipse", "text", "tspan", "defs", "clipPath", "title", "desc", "a",
    };

    private static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";

    /// <summary>The SVG element ready to inline, or null when the file is missing, not SVG, or breaks the allow-list.</summary>
    public static string? Inline(string path, string idPrefix, string label)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        XDocument document;
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }

        var root = document.Root;
        if (root is null || root.Name.LocalName != "svg" || !root.DescendantsAndSelf().All(e => Allowed(e, idPrefix)))
        {
            return null;
        }

        List<XAttribute> extra = [new("role", "img"), new("aria-label", label)];
        if (root.Attribute("viewBox") is null && Number(root.Attribute("width")) is { } width && Number(root.Attribute("height")) is { } height)
        {
            extra.Add(new XAttribute("viewBox", $"0 0 {width} {height}"));
        }

        root.ReplaceAttributes([.. extra, .. root.Attributes().Where(a => !a.IsNamespaceDeclaration)]);

        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Checks one element against the allow-list and rewrites its ids and references in place.</summary>
    private static bool Allowed(XElement element, string idPrefix)
    {
        if (!Elements.Contains(element.Name.LocalName))
        {
            return false;
        }

        foreach (var attribute in element.Attributes().ToList())
        {
            var name = attribute.Name.LocalName;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name.Namespace == XNamespace.Xml)
            {
                return false;
            }

            if (name == "href")
            {
                if (Href(attribute.Value, idPrefix) is not { } href || (attribute.Name.Namespace != XNamespace.None && attribute.Name.Namespace != Xlink))
                {
                    return false;
                }

                attribute.Value = href;
                continue;
            }

            if (name == "id")
            {
                attribute.Value = idPrefix + attribute.Value;
                continue;
            }

            if (attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase))
            {
                var rewritten = LocalUrl().Replace(attribute.Value, m => $"url(#{idPrefix}{m.Groups[1].Value})");
                if (rewritten.Replace($"url(#{idPrefix}", "", StringComparison.Ordinal).Contains("url(", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                attribute.Value = rewritten;
            }
        }

        return true;
    }

    /// <summary>A link inside the chart: to one of its own ids, or to the report page (made in-page). Anything else: null.</summary>
    private static string? Href(string value, string idPrefix)
    {
        const string page = "index.html#";
        if (value.StartsWith(page, StringComparison.Ordinal) && SafeFragment().IsMatch(value[page.Length..]))
        {
            return "#" + value[page.Length..];
        }

        return value.StartsWith('#') && SafeFragment().IsMatch(value[1..]) ? "#" + idPrefix + value[1..] : null;
    }

    private static string? Number(XAttribute? attribute)
    {
        var match = attribute is null ? null : Dimension().Match(attribute.Value);
        return match is { Success: true } ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"url\(\s*['""]?#([^)'""]+)['""]?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex LocalUrl();

    [GeneratedRegex(@"^[A-Za-z0-9_\-=&%.:]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeFragment();

    [GeneratedRegex(@"^([0-9.]+)(px)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dimension();
}
