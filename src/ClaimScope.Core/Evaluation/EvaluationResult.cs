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

    public required int PapersScored { get; init; }

    /// <summary>Titles of gold papers that none of the inputs contained.</summary>
    public required IReadOnlyList<string> GoldPapersNotFound { get; init; }

    public required IReadOnlyList<ClaimMiss> FalsePositives { get; init; }

    public required IReadOnlyList<ClaimMiss> FalseNegatives { get; init; }
}
