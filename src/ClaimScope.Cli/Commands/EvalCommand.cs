using System.CommandLine;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Core.Evaluation;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;

namespace ClaimScope.Cli.Commands;

/// <summary><c>claimscope eval</c>: scores the extractor against hand-annotated gold claims.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var gold = new Option<string>("--gold") { Description = "The gold claims file (*.gold.jsonl, one paper per line)", Required = true };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every missed and every spurious claim" };
        var command = new Command("eval", "Score claim extraction against gold annotations: precision, recall, F1 per kind, qualifier and target accuracy");
        common.AddTo(command);
        command.Options.Add(gold);
        command.Options.Add(verbose);
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (!File.Exists(goldPath))
            {
                throw new CliException($"{goldPath}: no such gold file", ExitCodes.UsageError);
            }

            var corpus = common.OpenInputs(context, parse);
            var papers = corpus.LoadPapers();
            var goldProblems = 0;
            var goldSet = GoldSet.Load(goldPath, problem =>
            {
                goldProblems++;
                context.Warn(problem.ToString());
            });
            var result = ExtractionEvaluator.Evaluate(papers, goldSet, ClaimExtractor.CreateDefault());
            if (result.PapersScored == 0)
            {
                // Scores over no paper would read as a perfect run; a wrong input pairing is the likely cause.
                throw new CliException(
                    $"{goldPath}: none of its {goldSet.Papers.Count} papers is in the inputs ({papers.Count} papers read): 0 papers scored",
                    ExitCodes.Failed);
            }

            EvaluationReport.Write(context.Out, result, parse.GetValue(verbose));
            return goldProblems > 0 ? ExitCodes.SkippedInput : corpus.ExitCode;
        });
        return command;
    }
}
