namespace ClaimScope.Core.Pipeline;

/// <summary>Which paper a record belongs to (numbered in order of first sight), and whether it is the first record of it.</summary>
public readonly record struct PaperMatch(int Number, bool IsNew);
