using System.Globalization;
using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Exports;

/// <summary>How numbers read in the HTML and Markdown reports: invariant, short, never in scientific notation.</summary>
public static class DisplayNumber
{
    public static string Of(double value) => value.ToString(Math.Abs(value) >= 100 ? "#,0.#" : "0.###", CultureInfo.InvariantCulture);

    public static string Of(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A count with its noun: "1 upvote", "1,204 upvotes".</summary>
    public static string Count(int count, string one, string many) => $"{Of(count)} {(count == 1 ? one : many)}";

    /// <summary>The sentence both report formats put above the feed problems.</summary>
    public static string ProblemNote(int count) =>
        count == 1 ? "1 record or file could not be read and was skipped." : $"{Of(count)} records or files could not be read and were skipped.";

    /// <summary>A factor as "3.2×"; an em dash when there is none.</summary>
    public static string Factor(double? factor) => factor is { } f ? Of(Math.Round(f, 2)) + "×" : "—";

    public static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A claim's number as stated: "2–3 x", "40 %", with its qualifier in front ("up to 3 x").</summary>
    public static string Claim(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var number = claim.Low is { } low ? Of(low) + "–" + Of(claim.Value) : Of(claim.Value);
        var unit = claim.Unit is "%" or "x" ? claim.Unit : " " + claim.Unit;
        var qualifier = claim.Qualifier.ToWire();
        return (qualifier.Length > 0 ? qualifier + " " : "") + number + unit;
    }
}
