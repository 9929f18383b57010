namespace ClaimScope.Core.Evaluation;

/// <summary>The gold claims of one paper, keyed by its title as the listing states it.</summary>
public sealed record GoldPaper(string Title, IReadOnlyList<GoldClaim> Claims);
