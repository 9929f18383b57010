using System.CommandLine;
using System.Diagnostics;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Core.Model;
using ClaimScope.Reports;
using ClaimScope.Reports.Topics;
using ClaimScope.Storage;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// <c>claimscope report</c>: the HTML and Markdown reports, charts and exports, from feeds or
/// from a database that <c>ingest</c> filled.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions(inputsRequired: false);
        var output = new Option<string>("--out", "-o") { Description = "The folder to write the report into (created if missing)", Required = true };
        var db = new Option<string?>("--db") { Description = "Also report the papers and claims stored in this SQLite database (see 'ingest')" };
        var topics = new Option<string?>("--topics") { Description = "A topic taxonomy file (default: the built-in one, as in data/topics.txt)" };
        var open = new Option<bool>("--open") { Description = "Open the HTML report in the desktop's browser when done" };
        var workers = CommonOptions.Workers();
        var force = new Option<bool>("--force") { Description = "Overwrite files in --out that have a report file's name but were not written by ClaimScope" };
        var command = new Command("report", "Write index.html, report.md, PNG/SVG charts and CSV/JSONL exports of the claims");
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(db);
        command.Options.Add(topics);
        command.Options.Add(open);
        command.Options.Add(workers);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(common.Inputs) ?? [];
            var dbPath = parse.GetValue(db);
            if (inputs.Length == 0 && dbPath is null)
            {
                throw new CliException("name the feeds to report on, or a database with --db", ExitCodes.UsageError);
            }

            // Opened read-only before any work: no write access needed, no wait for a running ingest.
            using var store = dbPath is null ? null : StoreOptions.OpenForReading(dbPath);

            // Checked before any input is read: a mistyped --out must not cost a long read.
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            if (File.Exists(outDir))
            {
                throw new CliException($"{outDir}: --out names a file; it must be a folder (created if missing)", ExitCodes.UsageError);
            }

            CheckOutput(outDir, parse.GetValue(force));
            var topicsFile = parse.GetValue(topics);
            if (topicsFile is not null)
            {
                CheckTopics(topicsFile);
            }

            var papers = new List<Paper>();
            var claims = new List<PaperClaim>();
            var exitCode = ExitCodes.Ok;
            var problems = new List<Core.Feeds.FeedProblem>();
            if (inputs.Length > 0)
            {
                var corpus = common.OpenInputs(context, parse, excludedFolders: [outDir]);
                var (read, extracted) = CorpusPipeline.PapersAndClaims(context, corpus, parse.GetValue(workers));
                papers.AddRange(read);
                claims.AddRange(extracted);

                problems.AddRange(corpus.Problems);
                exitCode = corpus.ExitCode;
            }

            if (store is not null)
            {
                // A paper both read again and stored (any key in common) is reported once, from the fresh reading.
                var fresh = papers.SelectMany(StoredPaperKeys.Of).ToHashSet(StringComparer.Ordinal);
                foreach (var (paper, paperClaims) in store.ReadAll().Where(stored => !StoredPaperKeys.Of(stored.Paper).Any(fresh.Contains)))
                {
                    papers.Add(paper);
                    claims.AddRange(paperClaims.Select(c => new PaperClaim(paper, c)));
                }
            }

            var input = new ReportInput { Papers = papers, Claims = claims, Problems = problems, TopicsFile = topicsFile };
            IReadOnlyList<string> written = [];
            ProgressDisplay.RunStatus(context, "Writing report", progress => written = ReportWriter.Write(input, outDir, progress, parse.GetValue(force)));
            var index = written.FirstOrDefault(f => f.EndsWith("index.html", StringComparison.Ordinal)) ?? Path.Combine(outDir, "index.html");
            context.Error.WriteLine($"claimscope: {claims.Count} claims from {papers.Count} papers; wrote {written.Count} files to {outDir}");
            context.Out.WriteLine(index);
            if (parse.GetValue(open))
            {
                OpenInBrowser(context, index);
            }

            return exitCode;
        });
        return command;
    }

    private static void CheckOutput(string outDir, bool force)
    {
        try
        {
            ReportOutput.Check(outDir, force);
        }
        catch (ReportOutputException e)
        {
            throw new CliException(e.Message, ExitCodes.UsageError);
        }
    }

    /// <summary>Reads the taxonomy before any feed, so a typo in it fails fast with its line.</summary>
    private static void CheckTopics(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such topics file", ExitCodes.UsageError);
        }

        try
        {
            TopicTaxonomy.Load(path);
        }
        catch (TopicFileException e)
        {
            throw new CliException(e.Message, ExitCodes.UsageError);
        }
    }

    private static void OpenInBrowser(CliContext context, string path)
    {
        try
        {
            // The desktop's opener (xdg-open, open, start) returns once the browser is launched.
            using var process = Process.Start(new ProcessStartInfo(path) { UseShellExecute = true });
            if (process is not null && process.WaitForExit(TimeSpan.FromSeconds(15)) && process.ExitCode != 0)
            {
                context.Warn($"could not open a browser; open {path} yourself");
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            context.Warn($"could not open a browser ({e.Message}); open {path} yourself");
        }
    }
}
