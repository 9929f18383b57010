using ClaimScope.Cli.Infrastructure;

namespace ClaimScope.Cli.Output;

/// <summary>Dispatches rows to the writer of the chosen <c>--format</c>: one place for every command.</summary>
internal static class FormattedOutput
{
    public static void Write<T>(
        CliContext context,
        string format,
        T rows,
        Action<CliContext, T> table,
        Action<TextWriter, T> jsonl,
        Action<TextWriter, T> csv)
    {
        switch (format)
        {
            case "table":
                table(context, rows);
                break;
            case "jsonl":
                jsonl(context.Out, rows);
                break;
            case "csv":
                csv(context.Out, rows);
                break;
            default:
                throw new CliException($"unknown format '{format}'", ExitCodes.UsageError);
        }
    }
}
