namespace ClaimScope.Core.Model;

/// <summary>The four kinds of quantitative claim defined by the annotation guideline.</summary>
public enum ClaimKind
{
    /// <summary>Something runs faster or processes more per unit of time.</summary>
    Speedup,

    /// <summary>A cost gets smaller: memory, latency, FLOPs, energy, parameters, tokens...</summary>
    Reduction,

    /// <summary>A quality measure gets better relative to a baseline.</summary>
    Improvement,

    /// <summary>An absolute score or rate that the proposed method reaches.</summary>
    Metric,
}
