using ClaimScope.Core.Model;
using ClaimScope.Reports.Charts;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Reports.Analysis;

/// <summary>
/// The facts about a claim that every view shows the same way: its factor, target group, the date
/// its paper was first listed, whether it names a baseline and has code, and whether it passes the
/// "credible" filter. Charts, the HTML table, report.md and the this-week section all ask here.
/// </summary>
public static class ClaimFacts
{
    /// <summary>
    /// The claim's factor on the speedup/reduction scale; an improvement stated as "×" ("3× more
    /// accurate") counts as that factor too, so such claims are not missing from factor charts.
    /// </summary>
    public static double? Factor(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var factor = claim.Factor ?? (claim.Kind == ClaimKind.Improvement && claim.Unit == "x" ? claim.Value : null);
        return factor is > 0 && double.IsFinite(factor.Value) ? factor : null;
    }

    /// <summary>The lower end of a factor range ("9× to 53×" gives 9), or null when the claim is a single number.</summary>
    public static double? LowFactor(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Low is not { } low || Factor(claim) is null)
        {
            return null;
        }

        var lowFactor = Factor(claim with { Value = low, Low = null });
        return lowFactor is { } f && f < Factor(claim) ? f : null;
    }

    /// <summary>What the claim promises at least: the low end of a range, else its factor. Rankings use it.</summary>
    public static double? Sure(Claim claim) => LowFactor(claim) ?? Factor(claim);

    /// <summary>The factor as shown: "3.2×", or "5–2,500×" for a range; "" without a factor.</summary>
    public static string FactorText(Claim claim) => Factor(claim) is not { } factor
        ? ""
        : LowFactor(claim) is { } low ? DisplayNumber.Factor(low).TrimEnd('×') + "–" + DisplayNumber.Factor(factor) : DisplayNumber.Factor(factor);

    /// <summary>
    /// The value as the paper states it. A reduction read from "only 40% of the data" is stored
    /// as 60% smaller; the reader expects 40%, so when the evidence shows the complement and not
    /// the stored number, the complement is shown with "of" ("40% of").
    /// </summary>
    public static string StatedValue(Claim claim) => Stated(claim).Text;

    /// <summary>The number shown by <see cref="StatedValue"/>, so a table sorts by what it shows.</summary>
    public static double StatedNumber(Claim claim) => Stated(claim).Number;

    private static (double Number, string Text) Stated(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var shown = claim.Low is { } low ? DisplayNumber.Of(low) + "–" + DisplayNumber.Of(claim.Value) : DisplayNumber.Of(claim.Value);
        var unit = claim.Unit is "%" or "x" ? claim.Unit : " " + claim.Unit;
        if (claim.Unit == "%" && claim.Low is null && claim.Value is > 0 and < 100)
        {
            var complement = DisplayNumber.Of(Math.Round(100 - claim.Value, 6));
            if (claim.Text.Contains(complement + "%", StringComparison.Ordinal) && !claim.Text.Contains(DisplayNumber.Of(claim.Value), StringComparison.Ordinal))
            {
                return (100 - claim.Value, complement + "% of");
            }
        }

        return (claim.Value, shown + unit);
    }

    /// <summary>The group the charts and the table's target filter use ("memory", "latency"...).</summary>
    public static string Group(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return TargetGroups.Of(claim.Target);
    }

    /// <summary>The first listing the paper appeared in; else its publication date; null when neither is known.</summary>
    public static DateOnly? Listed(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        DateOnly? first = null;
        foreach (var appearance in paper.Appearances)
        {
            if (appearance.ListingDate is { } date && (first is null || date < first))
            {
                first = date;
            }
        }

        return first ?? paper.Published;
    }

    public static bool HasBaseline(Claim claim) => !string.IsNullOrWhiteSpace(claim?.Baseline);

    public static bool HasCode(Paper paper) => PaperLinks.CodeUrl(paper) is not null;

    /// <summary>
    /// The "credible" filter: the number is exact or an average (not "up to", "at least" or
    /// "about"), the claim names what it beats, and the paper links its code.
    /// </summary>
    public static bool IsCredible(PaperClaim item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Claim.Qualifier is ClaimQualifier.None or ClaimQualifier.Average && HasBaseline(item.Claim) && HasCode(item.Paper);
    }

    /// <summary>The hedge as the page and charts name it: "exact", "up to", "at least", "about", "average".</summary>
    public static string Hedge(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return ChartStyle.HedgeName(claim.Qualifier);
    }
}
