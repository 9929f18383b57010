using System.CommandLine;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Core.Pipeline;
using ClaimScope.Core.Model;
using ClaimScope.Storage;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// <c>claimscope ingest</c>: extracts the inputs' claims into a SQLite file that grows run by run,
/// so reports can cover many days of listings without reading every feed again.
/// </summary>
internal static class IngestCommand
{
    private const int BatchSize = 500;

    public static Option<string> DatabaseOption(string description) => new("--db")
    {
        Description = description,
        DefaultValueFactory = _ => "claimscope.db",
    };

    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var db = DatabaseOption("The SQLite database file to add to (created if missing)");
        var workers = CommonOptions.Workers();
        var command = new Command("ingest", "Extract the claims of the inputs and store papers and claims in a SQLite database");
        common.AddTo(command);
        command.Options.Add(db);
        command.Options.Add(workers);
        command.SetAction(parse =>
        {
            var corpus = common.OpenInputs(context, parse);
            using var store = OpenStore(parse.GetValue(db)!);
            var (added, seen) = (0, 0);
            ProgressDisplay.Run(context, "Ingesting", corpus.Files, progress =>
            {
                var batch = new List<(Paper, IReadOnlyList<Claim>)>(BatchSize);
                foreach (var sighting in CorpusPipeline.Sightings(corpus, progress, parse.GetValue(workers)))
                {
                    // A paper's first record brings its claims; a later one only its appearance and
                    // metadata (the store keeps the claims of the abstract it stored first).
                    batch.Add((sighting.Paper ?? PaperMerge.FirstSight(sighting.Record), sighting.Claims));
                    seen++;
                    if (batch.Count == BatchSize)
                    {
                        added += store.Save(batch);
                        batch.Clear();
                    }
                }

                added += store.Save(batch);
            });
            context.Error.WriteLine($"claimscope: stored {seen} entries ({added} new papers); {store.Path} now holds {store.PaperCount} papers and {store.ClaimCount} claims");
            return corpus.ExitCode;
        });
        return command;
    }

    /// <summary>Opens a store, turning a foreign or damaged file into a one-line error.</summary>
    public static ClaimStore OpenStore(string path)
    {
        try
        {
            return ClaimStore.Open(path);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message, ExitCodes.Failed);
        }
    }
}
