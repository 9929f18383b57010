using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// A claim with a factor (see <see cref="Analysis.ClaimFacts.Factor"/>) and its paper;
/// <paramref name="Index"/> is the claim's position in the report input, the id the page links to.
/// </summary>
internal readonly record struct FactorClaim(Paper Paper, Claim Claim, double Factor, int Index);
