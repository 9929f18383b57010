using System.Text.RegularExpressions;

namespace ClaimScope.Reports.Html;

/// <summary>
/// Prepares a chart's SVG file for inlining into the page: drops the XML prolog, prefixes every
/// id so several charts' clip paths cannot collide, adds a viewBox so the chart scales with the
/// page, and refuses anything that could run script.
/// </summary>
internal static partial class SvgInliner
{
    /// <summary>The SVG element ready to inline, or null when the file is missing, not SVG, or unsafe.</summary>
    public static string? Inline(string path, string idPrefix, string label)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var svg = File.ReadAllText(path);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0 || Unsafe().IsMatch(svg))
        {
            return null;
        }

        svg = Comment().Replace(svg[start..], "");
        svg = IdAttribute().Replace(svg, m => $"id=\"{idPrefix}{m.Groups[1].Value}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{idPrefix}{m.Groups[1].Value})");
        svg = HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{idPrefix}{m.Groups[2].Value}\"");

        var rootEnd = svg.IndexOf('>', StringComparison.Ordinal);
        var root = svg[..rootEnd];
        var extra = $" role=\"img\" aria-label=\"{HtmlText.Escape(label)}\"";
        if (!root.Contains("viewBox", StringComparison.Ordinal)
            && Dimension(root, "width") is { } width && Dimension(root, "height") is { } height)
        {
            extra += $" viewBox=\"0 0 {width} {height}\"";
        }

        return "<svg" + extra + svg[4..];
    }

    private static string? Dimension(string root, string name)
    {
        var match = Regex.Match(root, $"\\s{name}=\"([0-9.]+)(px)?\"", RegexOptions.CultureInvariant);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<script|<foreignObject|\son[a-z]+\s*=|javascript:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unsafe();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\bid=""([^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(\s*['""]?#([^)'""]+)['""]?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"((?:xlink:)?href)=""#([^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex HrefReference();
}
