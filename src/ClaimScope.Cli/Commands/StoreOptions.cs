using System.CommandLine;
using System.Globalization;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Storage;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// The database options the store commands share (<c>--db</c>, <c>--busy-timeout</c>), and the one
/// place where a store problem becomes a one-line error with its exit code.
/// </summary>
internal static class StoreOptions
{
    public static Option<string?> ReadDatabase(string description) => new("--db") { Description = description };

    public static Option<double> BusyTimeout() => new("--busy-timeout")
    {
        Description = "Seconds to wait for another process's lock on the database before giving up (default 30)",
        DefaultValueFactory = _ => ClaimStoreOptions.DefaultBusyTimeout.TotalSeconds,
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<double>() is var seconds && (seconds < 0 || double.IsNaN(seconds) || seconds > 86_400))
                {
                    result.AddError("--busy-timeout must be a number of seconds between 0 and 86400");
                }
            },
        },
    };

    /// <summary>Opens a store for writing, saying on standard error when an older schema was upgraded.</summary>
    public static ClaimStore OpenForWriting(CliContext context, string path, double busySeconds)
    {
        var store = Open(path, new ClaimStoreOptions { BusyTimeout = TimeSpan.FromSeconds(busySeconds) });
        if (store.UpgradedFrom is { } from)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claimscope: upgraded {path} from schema version {from} to the current one"));
        }

        return store;
    }

    /// <summary>Opens a store read-only: no write access needed, and a running ingest is never waited for.</summary>
    public static ClaimStore OpenForReading(string path) => Open(path, new ClaimStoreOptions { ReadOnly = true });

    public static ClaimStore Open(string path, ClaimStoreOptions options)
    {
        try
        {
            return ClaimStore.Open(path, options);
        }
        catch (ClaimStoreException e)
        {
            throw Fail(e);
        }
    }

    /// <summary>The CLI error for a store problem: a wrong path is a usage error, the rest a failure.</summary>
    public static CliException Fail(ClaimStoreException e) => new(e.Message, e.Problem switch
    {
        StoreProblem.IsFolder or StoreProblem.NoSuchFolder or StoreProblem.Missing => ExitCodes.UsageError,
        _ => ExitCodes.Failed,
    });
}
