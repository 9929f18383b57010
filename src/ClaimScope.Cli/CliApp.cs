using System.CommandLine;
using ClaimScope.Cli.Commands;
using ClaimScope.Cli.Infrastructure;

namespace ClaimScope.Cli;

/// <summary>
/// The claimscope command line: parses, runs one command, and turns every failure into one
/// line on standard error and an exit code (see <see cref="ExitCodes"/>), never a stack trace.
/// </summary>
internal static class CliApp
{
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("ClaimScope: extract the quantitative claims of machine-learning papers from feeds, and chart them.");
        root.Subcommands.Add(PapersCommand.Create(context));
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(ReextractCommand.Create(context));
        root.Subcommands.Add(QueryCommand.Create(context));
        root.Subcommands.Add(PullCommand.Create(context));
        root.Subcommands.Add(FeedCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));

        var parse = root.Parse(args);
        var errors = parse.Errors.Select(e => e.Message).Concat(UnknownOptions.Find(parse)).ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                context.Fail(error);
            }

            context.Error.WriteLine("Run 'claimscope --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException e)
        {
            context.Fail(e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Fail(e.Message);
            return ExitCodes.Failed;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("CLAIMSCOPE_DEBUG") is null)
        {
            // A bug, not bad input: still one line for the user; CLAIMSCOPE_DEBUG=1 shows the trace.
            context.Fail($"internal error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
