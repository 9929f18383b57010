namespace ClaimScope.Core.Evaluation;

/// <summary>A matched pair whose baselines disagree: what the gold names and what was predicted (null for none).</summary>
public sealed record BaselineMiss(string Title, string Text, string? Gold, string? Predicted);
