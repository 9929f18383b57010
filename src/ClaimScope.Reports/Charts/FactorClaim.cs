using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Charts;

/// <summary>A speedup or reduction claim with its factor (see <see cref="Claim.Factor"/>) and paper.</summary>
internal readonly record struct FactorClaim(Paper Paper, Claim Claim, double Factor);
