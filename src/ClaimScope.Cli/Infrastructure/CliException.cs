namespace ClaimScope.Cli.Infrastructure;

/// <summary>An error the user can act on: printed as one line, no stack trace.</summary>
internal sealed class CliException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
