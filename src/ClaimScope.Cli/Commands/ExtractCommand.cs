using System.CommandLine;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Cli.Output;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// <c>claimscope extract</c>: every claim of every unique paper. Streams: papers are extracted in
/// parallel batches as they are read, printed in input order, and only hashes of their keys are
/// remembered, so inputs of any size run in little memory.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions(inputsRequired: false);
        var db = StoredInputs.Option();
        var format = CommonOptions.Format("Output format: table, jsonl or csv", "table", "jsonl", "csv");
        var workers = CommonOptions.Workers();
        var command = new Command("extract", "Extract the quantitative claims (speedups, reductions, improvements, metrics) of every paper");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(workers);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            if (parse.GetValue(db) is { } dbPath)
            {
                return StoredInputs.Claims(context, parse, common, dbPath, parse.GetValue(format)!);
            }

            var corpus = common.OpenInputs(context, parse);
            var threads = parse.GetValue(workers);
            if (context.OutputIsTerminal)
            {
                // Claims print on the same terminal: a live progress bar would tear through them.
                ClaimOutput.Write(context, CorpusPipeline.Claims(corpus, ReadProgress.None, threads), parse.GetValue(format)!);
            }
            else
            {
                ProgressDisplay.Run(context, "Extracting", corpus.Files, progress =>
                    ClaimOutput.Write(context, CorpusPipeline.Claims(corpus, progress, threads), parse.GetValue(format)!));
            }

            return corpus.ExitCode;
        });
        return command;
    }
}
