using ClaimScope.Core.Model;
using ScottPlot;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// The one place where the look of every chart is decided: image size, fonts, colours and caps.
/// Charts ask for a colour by meaning (a kind, a qualifier), never by number.
/// </summary>
internal static class ChartStyle
{
    public const int Width = 1000;
    public const int Height = 600;

    /// <summary>Installed with most Linux desktops; Skia falls back to a sans-serif elsewhere.</summary>
    public const string FontName = "DejaVu Sans";

    public const float TitleSize = 20;
    public const float AxisLabelSize = 15;
    public const float TickSize = 13;
    public const float TextSize = 12;
    public const float CaptionSize = 12;

    /// <summary>Row labels (targets, topics) are cut to this, so a long user-defined name cannot squeeze the plot.</summary>
    public const int RowLabelChars = 28;

    /// <summary>The caption is wrapped so it never runs past the image edge.</summary>
    public const int CaptionCharsPerLine = 135;

    /// <summary>Scatter charts draw at most this many points, sampled with a fixed seed, so 500,000 claims render in well under a second.</summary>
    public const int MaxScatterPoints = 4000;

    public const int Seed = 20240607;

    public static readonly Color Ink = Color.FromHex("#222222");
    public static readonly Color Muted = Color.FromHex("#666666");
    public static readonly Color Grid = Color.FromHex("#e6e6e6");
    public static readonly Color Accent = Color.FromHex("#d62728");

    /// <summary>Colour-blind-safe colours (Okabe-Ito), one per meaning.</summary>
    private static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#56B4E9"), Color.FromHex("#D55E00"), Color.FromHex("#F0E442"), Color.FromHex("#999999"),
    ];

    public static Color Series(int index) => Palette[index % Palette.Length];

    public static Color Of(ClaimKind kind) => Series((int)kind);

    /// <summary>"No hedge" is grey so the hedged shares stand out.</summary>
    public static Color Of(ClaimQualifier qualifier) => qualifier switch
    {
        ClaimQualifier.None => Palette[7],
        ClaimQualifier.UpTo => Palette[5],
        ClaimQualifier.AtLeast => Palette[0],
        ClaimQualifier.About => Palette[2],
        _ => Palette[3],
    };

    /// <summary>A translucent version, for dense point clouds.</summary>
    public static Color Faded(Color color, double alpha) => color.WithAlpha(alpha);
}
