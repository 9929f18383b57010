namespace ClaimScope.Core.Model;

/// <summary>How a claim hedges its number ("up to 3x", "over 40%", "about 2x", "on average").</summary>
public enum ClaimQualifier
{
    /// <summary>No hedge: the number is stated plainly.</summary>
    None,

    /// <summary>A maximum: "up to".</summary>
    UpTo,

    /// <summary>A floor: "over", "more than", "at least", "&gt;".</summary>
    AtLeast,

    /// <summary>An approximation: "about", "approximately", "~", "nearly", "around".</summary>
    About,

    /// <summary>A mean: "on average", "average".</summary>
    Average,
}
