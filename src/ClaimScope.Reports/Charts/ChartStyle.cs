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

    /// <summary>Colour-blind-safe colours (Okabe-Ito), for series that are neither a kind nor a hedge.</summary>
    private static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#56B4E9"), Color.FromHex("#D55E00"), Color.FromHex("#F0E442"), Color.FromHex("#999999"),
    ];

    public static Color Series(int index) => Palette[index % Palette.Length];

    /// <summary>One colour per kind, the same hex values as the HTML badges (<see cref="KindHex"/>).</summary>
    public static Color Of(ClaimKind kind) => Color.FromHex(KindHex(kind));

    /// <summary>One separate palette for hedges, the same hex values as the HTML hedge badges (<see cref="HedgeHex"/>).</summary>
    public static Color Of(ClaimQualifier qualifier) => Color.FromHex(HedgeHex(qualifier));

    /// <summary>The kind colours, shared with report.css so a kind looks the same in a chart and on the page.</summary>
    public static string KindHex(ClaimKind kind) => kind switch
    {
        ClaimKind.Speedup => "#0072B2",
        ClaimKind.Reduction => "#009E73",
        ClaimKind.Improvement => "#CC79A7",
        _ => "#8C8C8C",
    };

    /// <summary>The hedge colours: warm for a maximum or floor, dark for a plain number, never a kind colour.</summary>
    public static string HedgeHex(ClaimQualifier qualifier) => qualifier switch
    {
        ClaimQualifier.None => "#3D3D3D",
        ClaimQualifier.UpTo => "#D55E00",
        ClaimQualifier.AtLeast => "#E69F00",
        ClaimQualifier.About => "#8F7CC7",
        _ => "#8B5A2B",
    };

    /// <summary>How a hedge is named in legends and labels: "exact" for a plain number.</summary>
    public static string HedgeName(ClaimQualifier qualifier) => qualifier == ClaimQualifier.None ? "exact" : qualifier.ToWire();

    /// <summary>A translucent version, for dense point clouds.</summary>
    public static Color Faded(Color color, double alpha) => color.WithAlpha(alpha);
}
