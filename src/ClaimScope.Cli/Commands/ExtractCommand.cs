using System.CommandLine;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Cli.Output;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// <c>claimscope extract</c>: every claim of every unique paper. Streams: each paper is extracted
/// as it is read and only its keys are remembered, so inputs of any size run in little memory.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions(inputsRequired: false);
        var db = StoredInputs.Option();
        var format = CommonOptions.Format("Output format: table, jsonl or csv", "table", "jsonl", "csv");
        var command = new Command("extract", "Extract the quantitative claims (speedups, reductions, improvements, metrics) of every paper");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            if (parse.GetValue(db) is { } dbPath)
            {
                return StoredInputs.Claims(context, parse, common, dbPath, parse.GetValue(format)!);
            }

            var corpus = common.OpenInputs(context, parse);
            var extractor = ClaimExtractor.CreateDefault();
            if (context.OutputIsTerminal)
            {
                // Claims print on the same terminal: a live progress bar would tear through them.
                ClaimOutput.Write(context, ExtractAll(corpus, extractor, ReadProgress.None), parse.GetValue(format)!);
            }
            else
            {
                ProgressDisplay.Run(context, "Extracting", corpus.Files, progress =>
                    ClaimOutput.Write(context, ExtractAll(corpus, extractor, progress), parse.GetValue(format)!));
            }

            return corpus.ExitCode;
        });
        return command;
    }

    /// <summary>Lazily extracts the claims of each unique paper in reading order.</summary>
    public static IEnumerable<PaperClaim> ExtractAll(InputCorpus corpus, IClaimExtractor extractor, ReadProgress progress)
    {
        var dedup = new PaperDeduplicator();
        foreach (var record in corpus.Records(progress))
        {
            if (!dedup.IsFirstSighting(record))
            {
                continue;
            }

            var paper = PaperCatalog.ToPaper(record);
            foreach (var claim in extractor.Extract(paper.Abstract))
            {
                yield return new PaperClaim(paper, claim);
            }
        }
    }
}
