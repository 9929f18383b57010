namespace ClaimScope.Core.Model;

/// <summary>A claim together with the paper that makes it: the row every report and export is built from.</summary>
public sealed record PaperClaim(Paper Paper, Claim Claim);
