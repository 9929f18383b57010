using ClaimScope.Core.Model;

namespace ClaimScope.Core.Evaluation;

/// <summary>A claim that found no partner: predicted but not in the gold (false positive) or the reverse.</summary>
public sealed record ClaimMiss(string Title, ClaimKind Kind, double Value, string Unit, string Text, bool IsFalsePositive);
