using System.Text;
using ClaimScope.Cli;
using ClaimScope.Cli.Infrastructure;

namespace ClaimScope.Tests.Cli;

/// <summary>Runs the command line in-process, capturing standard output and error as text.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => WithInput("", args);

    public static CliRun WithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), interactive: false);
        var code = CliApp.Run(args, context);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
