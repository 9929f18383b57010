using ClaimScope.Core.Model;
using ClaimScope.Reports.Analysis;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Reports.Markdown;

/// <summary>The three sentences report.md opens with, each computed from the data and naming the set it covers.</summary>
internal static class Takeaways
{
    public static IReadOnlyList<string> Of(ReportInput input, ReportSummary summary)
    {
        var claims = input.Claims;
        var size = summary.LargestSpeedup is { } top
            ? $"Speedup claims are large: the median of the {DisplayNumber.Count(summary.SpeedupFactorCount, "speedup claim", "speedup claims")} with a factor is {DisplayNumber.Factor(summary.MedianSpeedupFactor)}, " +
              $"and the largest is {Hedged(top.Claim)}{DisplayNumber.Factor(top.Claim.Factor)} (“{top.Paper.Title}”)."
            : $"No speedup claim states a factor among the {DisplayNumber.Count(claims.Count, "claim", "claims")}.";

        var board = BaselineBoard.Of(claims);
        var named = board.Sum(r => r.Claims.Count);
        var beaten = board.Count > 0 ? $"; the most-beaten baseline is {board[0].Name} ({DisplayNumber.Count(board[0].Claims.Count, "claim", "claims")})" : "";
        var credibility = $"Few claims can be checked: {DisplayNumber.Of(summary.CredibleCount)} of {DisplayNumber.Count(claims.Count, "claim", "claims")} are exact or averaged, name a baseline and link code; " +
            $"{DisplayNumber.Percent(claims.Count == 0 ? null : (double)named / claims.Count)} name what they beat{beaten}, and {DisplayNumber.Percent(summary.UpToShare)} are stated “up to”.";

        var dated = ClaimTrends.Dated(claims);
        var fit = ClaimTrends.Fit([.. dated.Select(d => (d.Date, d.Factor))]);
        var trend = fit is null
            ? $"There are too few dated factor claims ({DisplayNumber.Of(dated.Count)}) to say whether claims are growing."
            : $"Over time, the median claimed factor of {DisplayNumber.Count(fit.Count, "dated speedup, reduction or ×-improvement claim", "dated speedup, reduction and ×-improvement claims")} changes {fit.Describe()}: " +
              (fit.IsSignificant ? (fit.PerYear > 1 ? "claims are growing." : "claims are shrinking.") : "no clear trend (the interval includes no change).");
        return [size, credibility, trend];
    }

    private static string Hedged(Claim claim) => claim.Qualifier == ClaimQualifier.None ? "" : claim.Qualifier.ToWire() + " ";
}
