namespace ClaimScope.Storage;

/// <summary>The orders a <see cref="ClaimQuery"/> can return claims in; ties keep the paper's claims together in text order.</summary>
public enum ClaimQuerySort
{
    /// <summary>Papers last seen (listed or published) most recently first.</summary>
    Newest,

    /// <summary>Papers last seen longest ago first.</summary>
    Oldest,

    /// <summary>The biggest speedup or reduction factor first; claims without a factor last.</summary>
    Factor,

    /// <summary>The biggest stated value first.</summary>
    Value,

    /// <summary>The most upvoted papers first.</summary>
    Upvotes,
}
