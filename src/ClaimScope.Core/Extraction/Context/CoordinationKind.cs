namespace ClaimScope.Core.Extraction.Context;

/// <summary>How a number stands in the same construction as the number before it.</summary>
public enum CoordinationKind
{
    /// <summary>Not coordinated: the number is read on its own.</summary>
    None,

    /// <summary>A second object of the same verb, with its own "by": "iterations by over 40% and wall clock time by over 38%".</summary>
    SecondObject,

    /// <summary>The same change on another item or setting: "42% area, 38% power", "54% on Jetson and 40% on Raspberry PI".</summary>
    Parallel,

    /// <summary>A bracketed companion: "by 30% geomean (max 47%)".</summary>
    Parenthetical,
}
