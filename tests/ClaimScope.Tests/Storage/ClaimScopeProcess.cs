using System.Diagnostics;

namespace ClaimScope.Tests.Storage;

/// <summary>The real claimscope program (the built CLI dll) run as a separate process, for crash and concurrency tests.</summary>
internal sealed class ClaimScopeProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> error;
    private readonly Task<string> output;

    private ClaimScopeProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "claimscope.dll"), .. args])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        process = Process.Start(start)!;
        error = process.StandardError.ReadToEndAsync();
        output = process.StandardOutput.ReadToEndAsync();
    }

    public static ClaimScopeProcess Start(params string[] args) => new(args);

    /// <summary>Runs to the end and returns the exit code with what was printed.</summary>
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var run = Start(args);
        return run.WaitForExit();
    }

    public bool HasExited => process.HasExited;

    public (int ExitCode, string Out, string Error) WaitForExit()
    {
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>SIGKILL: no handler, no finally block, no flush runs.</summary>
    public void Kill()
    {
        process.Kill();
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }
}
