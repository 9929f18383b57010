using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Analysis;

/// <summary>
/// The most-beaten baselines: claims grouped by the baseline they name (case and spacing
/// ignored, so "FlashAttention" and "flashattention" are one), beaten by most papers first, then
/// by most claims, so one paper's five comparisons do not outrank a baseline four papers beat.
/// </summary>
public static class BaselineBoard
{
    public static IReadOnlyList<BaselineRow> Of(IReadOnlyList<PaperClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return [.. claims
            .Select((item, index) => (Item: item, Index: index))
            .Where(c => ClaimFacts.HasBaseline(c.Item.Claim))
            .GroupBy(c => Key(c.Item.Claim.Baseline!), StringComparer.Ordinal)
            .Select(g => new BaselineRow(
                g.GroupBy(c => c.Item.Claim.Baseline!.Trim(), StringComparer.Ordinal).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
                [.. g],
                [.. g.Select(c => ClaimFacts.Factor(c.Item.Claim)).OfType<double>().Order()]))
            .OrderByDescending(r => r.PaperCount)
            .ThenByDescending(r => r.Claims.Count)
            .ThenByDescending(r => r.MedianFactor ?? 0)
            .ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>The grouping key: lower case, inner whitespace collapsed.</summary>
    public static string Key(string baseline) =>
        string.Join(' ', (baseline ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
