using System.Xml.Linq;
using SkiaSharp;

namespace ClaimScope.Tests.Charts;

/// <summary>What a test can check about a rendered file without looking at it: size, colours, ink.</summary>
internal sealed record RenderedImage(int Width, int Height, int DistinctColours, double InkShare)
{
    public static RenderedImage ReadPng(string path)
    {
        using var bitmap = SKBitmap.Decode(path) ?? throw new InvalidDataException($"{path} is not a decodable image");
        var colours = new HashSet<uint>();
        var background = bitmap.GetPixel(0, 0);
        var ink = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                colours.Add((uint)pixel);
                if (pixel != background)
                {
                    ink++;
                }
            }
        }

        var sampled = ((bitmap.Height + 1) / 2) * ((bitmap.Width + 1) / 2);
        return new RenderedImage(bitmap.Width, bitmap.Height, colours.Count, ink / (double)sampled);
    }

    /// <summary>The SVG parsed as XML (throws when malformed) and how many drawing elements it has.</summary>
    public static (XDocument Document, int DrawingElements) ReadSvg(string path)
    {
        var document = XDocument.Load(path);
        var drawing = document.Descendants().Count(e => e.Name.LocalName is "path" or "rect" or "text" or "circle" or "line" or "polyline");
        return (document, drawing);
    }
}
