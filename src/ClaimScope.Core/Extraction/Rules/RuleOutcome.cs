using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// A rule's answer. An accepted claim carries its kind and unit, optionally a value that differs
/// from the number as written ("only 10% of the compute" is a 90% reduction), and the span of
/// the cue words that gave it meaning, which the evidence text is widened to.
/// </summary>
public readonly record struct RuleOutcome(RuleVerdict Verdict, ClaimKind Kind, string Unit)
{
    public static RuleOutcome Pass => default;

    public static RuleOutcome Reject => new(RuleVerdict.Reject, default, "");

    public double? Value { get; init; }

    public double? Low { get; init; }

    public Model.ClaimQualifier? Qualifier { get; init; }

    public int CueStart { get; init; }

    public int CueEnd { get; init; }

    public static RuleOutcome Accept(ClaimKind kind, string unit, int cueStart = -1, int cueEnd = -1) =>
        new(RuleVerdict.Accept, kind, unit) { CueStart = cueStart, CueEnd = cueEnd };
}
