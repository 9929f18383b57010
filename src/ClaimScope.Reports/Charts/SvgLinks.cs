using System.Globalization;
using System.Net;
using System.Text;
using ScottPlot;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// Adds a chart's claim links to its SVG file after ScottPlot wrote it: each link is a transparent
/// rectangle over the bar or point, inside an &lt;a href="index.html#claim=N"&gt; with a &lt;title&gt;
/// tooltip. The HTML report turns the href into an in-page anchor when it inlines the SVG.
/// </summary>
internal static class SvgLinks
{
    /// <summary>The smallest clickable size in pixels, so a dot can be hit.</summary>
    private const float MinimumSize = 10;

    public static void Append(Plot plot, string svgPath, IReadOnlyList<ChartLink> links)
    {
        if (links.Count == 0)
        {
            return;
        }

        var overlay = new StringBuilder("<g class=\"claim-links\">");
        foreach (var link in links)
        {
            var a = plot.GetPixel(new Coordinates(link.X1, link.Y1));
            var b = plot.GetPixel(new Coordinates(link.X2, link.Y2));
            var (left, right) = Widen(Math.Min(a.X, b.X), Math.Max(a.X, b.X));
            var (top, bottom) = Widen(Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y));
            if (!float.IsFinite(left + right + top + bottom))
            {
                continue;
            }

            overlay.Append(CultureInfo.InvariantCulture,
                $"<a href=\"index.html#{Uri.EscapeDataString(link.Fragment).Replace("%3D", "=", StringComparison.Ordinal)}\"><rect x=\"{left:0.#}\" y=\"{top:0.#}\" width=\"{right - left:0.#}\" height=\"{bottom - top:0.#}\" fill=\"transparent\"><title>{WebUtility.HtmlEncode(link.Tooltip)}</title></rect></a>");
        }

        overlay.Append("</g>");
        var svg = File.ReadAllText(svgPath);
        var end = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        if (end >= 0)
        {
            File.WriteAllText(svgPath, svg[..end] + overlay + svg[end..]);
        }
    }

    private static (float, float) Widen(float from, float to)
    {
        var missing = MinimumSize - (to - from);
        return missing > 0 ? (from - (missing / 2), to + (missing / 2)) : (from, to);
    }
}
