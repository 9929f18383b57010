namespace ClaimScope.Core.Evaluation;

/// <summary>The scores of one extractor against one gold set, with every miss for reading.</summary>
public sealed record EvaluationResult
{
    public required KindScore Overall { get; init; }

    /// <summary>One score per kind, in the order of <see cref="Model.ClaimKind"/>.</summary>
    public required IReadOnlyList<KindScore> PerKind { get; init; }

    public required int MatchedPairs { get; init; }

    /// <summary>Share of matched pairs whose qualifier agrees.</summary>
    public required double QualifierAccuracy { get; init; }

    /// <summary>Share of matched pairs whose target agrees (see <see cref="TargetComparer"/>).</summary>
    public required double TargetAccuracy { get; init; }

    /// <summary>Share of matched pairs whose target is the same after normalisation (see <see cref="TargetComparer.Exact"/>).</summary>
    public double StrictTargetAccuracy { get; init; }

    /// <summary>Whether the gold file annotates baselines; when not, the baseline figures mean nothing.</summary>
    public bool BaselinesAnnotated { get; init; } = true;

    /// <summary>Share of matched pairs whose baseline agrees, both absent included (see <see cref="BaselineComparer"/>).</summary>
    public double BaselineAccuracy { get; init; }

    /// <summary>Matched pairs whose gold claim names a baseline.</summary>
    public int NamedBaselinesMatched { get; init; }

    /// <summary>Of <see cref="NamedBaselinesMatched"/>, those whose predicted baseline agrees.</summary>
    public int NamedBaselinesFound { get; init; }

    /// <summary>Gold claims (matched or not) of the scored papers that name a baseline.</summary>
    public int NamedBaselinesInGold { get; init; }

    /// <summary>Gold kind against predicted kind, with "none" for a missed or spurious claim.</summary>
    public KindConfusion Confusion { get; init; } = new();

    /// <summary>Matched pairs whose baselines disagree, for reading.</summary>
    public IReadOnlyList<BaselineMiss> BaselineMisses { get; init; } = [];

    public required int PapersScored { get; init; }

    /// <summary>Titles of gold papers that none of the inputs contained.</summary>
    public required IReadOnlyList<string> GoldPapersNotFound { get; init; }

    public required IReadOnlyList<ClaimMiss> FalsePositives { get; init; }

    public required IReadOnlyList<ClaimMiss> FalseNegatives { get; init; }
}
