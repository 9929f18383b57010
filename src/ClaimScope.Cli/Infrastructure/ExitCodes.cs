namespace ClaimScope.Cli.Infrastructure;

/// <summary>The process exit codes, stable for scripts.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and written.</summary>
    public const int Ok = 0;

    /// <summary>Output was produced, but some records or files were reported and skipped.</summary>
    public const int SkippedInput = 1;

    /// <summary>The command line was wrong, or an input path does not exist: nothing was done.</summary>
    public const int UsageError = 2;

    /// <summary>The work could not be done (no readable input, an unwritable output).</summary>
    public const int Failed = 3;
}
