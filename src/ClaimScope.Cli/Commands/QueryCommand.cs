using System.CommandLine;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Cli.Output;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// <c>claimscope query</c>: asks the store a question ("speedups of 5x or more on inference this
/// week") and prints the matching claims as a table, JSON lines or CSV.
/// </summary>
internal static class QueryCommand
{
    public static Command Create(CliContext context)
    {
        var db = RequiredDatabase("The SQLite database to query (written by ingest or pull --db)");
        var filters = new QueryOptions();
        var format = CommonOptions.Format("Output format: table, jsonl or csv", "table", "jsonl", "csv");
        var command = new Command("query", "Print the stored claims that match the filters, newest papers first");
        command.Options.Add(db);
        filters.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            using var store = OpenExisting(parse.GetValue(db)!);
            var query = filters.Build(parse, RelativeDate.Today);
            ClaimOutput.Write(context, store.Query(query, QueryOptions.TargetGroup), parse.GetValue(format)!);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A <c>--db</c> that must be given: reading commands have no sensible default file.</summary>
    public static Option<string> RequiredDatabase(string description) => new("--db")
    {
        Description = description,
        Required = true,
    };

    /// <summary>Opens a store that must already exist: a query on a mistyped path must not create an empty database.</summary>
    public static ClaimScope.Storage.ClaimStore OpenExisting(string path) =>
        File.Exists(path)
            ? IngestCommand.OpenStore(path)
            : throw new CliException($"{path}: no such database (fill one with 'claimscope ingest FILES --db {path}')", ExitCodes.UsageError);
}
