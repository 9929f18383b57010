namespace ClaimScope.Pull;

/// <summary>What became of one request.</summary>
public enum PullOutcome
{
    /// <summary>Downloaded now and kept in the cache.</summary>
    Fetched,

    /// <summary>Already in the cache: not sent.</summary>
    Cached,

    /// <summary>A live listing the server says has not changed since the cached copy (304).</summary>
    Unchanged,

    /// <summary>Refused by the server or not a whole document: nothing kept, asked again next run.</summary>
    Failed,
}
