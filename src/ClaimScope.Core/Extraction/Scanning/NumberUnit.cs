namespace ClaimScope.Core.Extraction.Scanning;

/// <summary>The unit family a number is written with, as the scanner reads it.</summary>
public enum NumberUnit
{
    /// <summary>A bare number.</summary>
    None,

    /// <summary>A factor: "3x", "3 times", "3-fold", "twice".</summary>
    Factor,

    /// <summary>A percentage: "20%", "20 percent", "halves".</summary>
    Percent,

    /// <summary>Percentage points: "5 pp", "5 percentage points".</summary>
    PercentagePoints,

    /// <summary>Metric points: "2.1 points".</summary>
    Points,

    /// <summary>A metric's own unit as written ("GB", "ms", "tokens/s"), in <see cref="NumberToken.UnitText"/>.</summary>
    Measure,
}
