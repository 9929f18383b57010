using System.CommandLine;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Cli.Output;

namespace ClaimScope.Cli.Commands;

/// <summary><c>claimscope papers</c>: lists the unique papers the inputs hold.</summary>
internal static class PapersCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions(inputsRequired: false);
        var db = StoredInputs.Option();
        var format = CommonOptions.Format("Output format: table, jsonl or csv", "table", "jsonl", "csv");
        var command = new Command("papers", "List the unique papers in the inputs (same title in two listings = one paper)");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            if (parse.GetValue(db) is { } dbPath)
            {
                return StoredInputs.Papers(context, parse, common, dbPath, parse.GetValue(format)!);
            }

            var corpus = common.OpenInputs(context, parse);
            // Abstracts wait in a temporary file until printed: memory holds keys, not texts.
            using var catalog = CorpusPipeline.Papers(context, corpus, spillToDisk: true);
            PaperOutput.Write(context, catalog.Papers(), parse.GetValue(format)!);
            return corpus.ExitCode;
        });
        return command;
    }
}
