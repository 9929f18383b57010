using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Cli.Infrastructure;

/// <summary>
/// The inputs a command names, read through the feed readers with progress on a terminal and
/// every skipped record reported on standard error as "file:line: message".
/// </summary>
internal sealed class InputCorpus
{
    private readonly CliContext context;
    private readonly IReadOnlyList<string> files;
    private readonly FeedSource source;

    private InputCorpus(CliContext context, IReadOnlyList<string> files, FeedReadOptions options)
    {
        this.context = context;
        this.files = files;
        source = new FeedSource(FeedFormats.Default, options, context.OpenStandardInput);
    }

    /// <summary>Every problem reported so far; any makes the exit code 1.</summary>
    public List<FeedProblem> Problems { get; } = [];

    /// <summary>
    /// Expands the named inputs; a path that does not exist is a usage error. Nothing inside
    /// <paramref name="excludedFolders"/> (a command's own output folder) is read, nor any report
    /// or export ClaimScope wrote earlier.
    /// </summary>
    public static InputCorpus Open(CliContext context, IReadOnlyList<string> inputs, FeedReadOptions options, IEnumerable<string>? excludedFolders = null)
    {
        if (inputs.Count == 0)
        {
            throw new CliException("no input given (name files, folders, or - for standard input)", ExitCodes.UsageError);
        }

        try
        {
            var problems = new List<FeedProblem>();
            var ownOutputs = 0;
            var files = InputWalker.Expand(inputs, problem =>
            {
                problems.Add(problem);
                context.Warn(problem.ToString());
            }, excludedFolders, _ => ownOutputs++);
            if (ownOutputs > 0)
            {
                context.Error.WriteLine($"claimscope: passed over {ownOutputs} report folder(s) and export(s) ClaimScope wrote itself");
            }

            if (files.Count == 0)
            {
                throw new CliException($"no files found in {string.Join(", ", inputs)}", ExitCodes.Failed);
            }

            var corpus = new InputCorpus(context, files, options);
            corpus.Problems.AddRange(problems);
            return corpus;
        }
        catch (FileNotFoundException e)
        {
            throw new CliException(e.Message, ExitCodes.UsageError);
        }
    }

    /// <summary>Every record, streaming, with each problem reported as it is found.</summary>
    public IEnumerable<PaperRecord> Records(ReadProgress? progress = null)
    {
        foreach (var file in files)
        {
            progress?.FileStarted(file);
            // The source reports a file it cannot finish (corrupt gzip, I/O error) and goes on.
            foreach (var record in source.Read([file], Report, progress is null ? null : progress.BytesRead))
            {
                yield return record;
            }
        }
    }

    /// <summary>Reads everything into unique papers, with a progress bar on a terminal.</summary>
    public IReadOnlyList<Paper> LoadPapers()
    {
        var catalog = new PaperCatalog();
        ProgressDisplay.Run(context, "Reading feeds", files, progress =>
        {
            foreach (var record in Records(progress))
            {
                catalog.Add(record);
            }
        });
        var papers = catalog.Papers();
        context.Error.WriteLine($"claimscope: read {catalog.RecordCount} entries, {papers.Count} unique papers from {files.Count} file(s)");
        return papers;
    }

    /// <summary>The exit code for a command that finished: 1 when something was skipped.</summary>
    public int ExitCode => Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.SkippedInput;

    public IReadOnlyList<string> Files => files;

    private void Report(FeedProblem problem)
    {
        Problems.Add(problem);
        context.Warn(problem.ToString());
    }
}
