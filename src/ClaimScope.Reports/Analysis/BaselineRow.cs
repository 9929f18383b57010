using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Analysis;

/// <summary>One baseline of the board: how often it is beaten, by how much, by which papers.</summary>
/// <param name="Name">The baseline as most claims spell it.</param>
/// <param name="Claims">Every claim naming it, with its position in the report input.</param>
/// <param name="Factors">The factors of those claims that have one, ascending.</param>
public sealed record BaselineRow(string Name, IReadOnlyList<(PaperClaim Item, int Index)> Claims, IReadOnlyList<double> Factors)
{
    public int PaperCount => Claims.Select(c => c.Item.Paper.Id).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The median factor (of the logs, as factors multiply); null when no claim has a factor.</summary>
    public double? MedianFactor => Factors.Count == 0 ? null : Charts.Stats.LogMedian(Factors);
}
