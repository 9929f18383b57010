namespace ClaimScope.Storage;

/// <summary>How a store is opened.</summary>
public sealed record ClaimStoreOptions
{
    /// <summary>The default wait for another process's lock: long enough that waiting is the normal case.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for a lock another process holds before failing with <see cref="StoreProblem.Busy"/>.</summary>
    public TimeSpan BusyTimeout { get; init; } = DefaultBusyTimeout;

    /// <summary>Open for reading only: no write access needed, no write lock ever waited for, no upgrade.</summary>
    public bool ReadOnly { get; init; }
}
