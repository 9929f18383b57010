using System.Globalization;

namespace ClaimScope.Reports.Charts;

/// <summary>How a factor or a count is written on a chart, in the invariant culture.</summary>
internal static class FactorFormat
{
    public const string Times = "×";

    /// <summary>"3.2×", "38×", "1,200×": two significant decimals below 10, none above.</summary>
    public static string Factor(double factor) => factor switch
    {
        >= 1000 => factor.ToString("#,0", CultureInfo.InvariantCulture) + Times,
        >= 10 => factor.ToString("0.#", CultureInfo.InvariantCulture) + Times,
        _ => factor.ToString("0.##", CultureInfo.InvariantCulture) + Times,
    };

    public static string Count(int count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);
}
