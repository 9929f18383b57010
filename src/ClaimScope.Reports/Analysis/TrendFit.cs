namespace ClaimScope.Reports.Analysis;

/// <summary>
/// A log-linear trend of claimed factors over time: log10(factor) = a + b·years. <see cref="PerYear"/>
/// is the multiplicative change per year (1.10 = claims grow 10% a year), with a bootstrap 95% interval.
/// </summary>
/// <param name="Count">Claims the fit is made from.</param>
/// <param name="PerYear">The fitted change per year, as a ratio.</param>
/// <param name="PerYearLow">The 2.5th percentile of the bootstrap ratios.</param>
/// <param name="PerYearHigh">The 97.5th percentile of the bootstrap ratios.</param>
/// <param name="CenterYears">The mean time (days/365.25) the line passes through.</param>
/// <param name="CenterLog">The mean log10(factor) the line passes through.</param>
public sealed record TrendFit(int Count, double PerYear, double PerYearLow, double PerYearHigh, double CenterYears, double CenterLog)
{
    /// <summary>Whether the interval excludes "no change".</summary>
    public bool IsSignificant => PerYearLow > 1 || PerYearHigh < 1;

    /// <summary>The fitted factor at a date.</summary>
    public double At(DateOnly date) => Math.Pow(10, CenterLog + (Math.Log10(PerYear) * ((date.DayNumber / 365.25) - CenterYears)));

    /// <summary>"+12%/year (95% CI +4% to +20%)".</summary>
    public string Describe() => $"{Percent(PerYear)}/year (95% CI {Percent(PerYearLow)} to {Percent(PerYearHigh)})";

    private static string Percent(double ratio) =>
        ((ratio - 1) * 100).ToString("+0;−0;0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
