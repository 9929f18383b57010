namespace ClaimScope.Pull;

/// <summary>What a checked response holds: its entries, and for a paged arXiv query the total it reports.</summary>
public sealed record ResponseSummary(int Entries, int? TotalResults);
