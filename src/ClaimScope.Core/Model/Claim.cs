namespace ClaimScope.Core.Model;

/// <summary>
/// One quantitative claim found in an abstract, with the evidence that carries it.
/// <see cref="Start"/> and <see cref="End"/> are character offsets into the abstract
/// (end exclusive), so <c>abstract[Start..End] == Text</c>.
/// </summary>
public sealed record Claim
{
    public required ClaimKind Kind { get; init; }

    /// <summary>The number as stated; for a range, its upper end.</summary>
    public required double Value { get; init; }

    /// <summary>The lower end of a range ("2-3x" gives 2), else null.</summary>
    public double? Low { get; init; }

    /// <summary><c>x</c>, <c>%</c>, <c>pp</c>, <c>points</c>, or a metric's own unit as written.</summary>
    public required string Unit { get; init; }

    public ClaimQualifier Qualifier { get; init; }

    /// <summary>What the number is about, in two or three lowercase words ("inference", "kv cache").</summary>
    public string Target { get; init; } = "";

    /// <summary>The named baseline of a comparison ("FlashAttention"), when there is one.</summary>
    public string? Baseline { get; init; }

    /// <summary>The shortest substring of the abstract that carries the number and its meaning.</summary>
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>
    /// Speedups and reductions on one multiplicative scale, so they can be charted together:
    /// a factor as stated; p% faster is 1 + p/100; p% smaller is 1 / (1 - p/100). Null for other kinds.
    /// </summary>
    public double? Factor => ClaimFactor.Of(Kind, Value, Unit);
}
