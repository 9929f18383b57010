using System.CommandLine;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Core.Pipeline;
using ClaimScope.Core.Model;
using ClaimScope.Storage;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// <c>claimscope ingest</c>: extracts the inputs' claims into a SQLite file that grows run by run,
/// so reports can cover many days of listings without reading every feed again. The pipeline
/// extracts each paper once per run; the store applies the merge policy itself and keeps the
/// claims of the abstract it stored first, so a re-run or a resumed run changes nothing stored.
/// </summary>
internal static class IngestCommand
{
    private const int BatchSize = 1000;

    public static Option<string> DatabaseOption(string description) => new("--db")
    {
        Description = description,
        DefaultValueFactory = _ => "claimscope.db",
    };

    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var db = DatabaseOption("The SQLite database file to add to (created if missing)");
        var busy = StoreOptions.BusyTimeout();
        var workers = CommonOptions.Workers();
        var command = new Command("ingest", "Extract the claims of the inputs and store papers and claims in a SQLite database");
        common.AddTo(command);
        command.Options.Add(db);
        command.Options.Add(busy);
        command.Options.Add(workers);
        command.SetAction(parse =>
        {
            var corpus = common.OpenInputs(context, parse);
            using var store = StoreOptions.OpenForWriting(context, parse.GetValue(db)!, parse.GetValue(busy));
            var (added, seen) = (0, 0);
            try
            {
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
                context.Error.WriteLine($"claimscope: stored {seen} entries ({added} new papers); {store.Path} now holds {store.PaperCount} papers, {store.AppearanceCount} appearances and {store.ClaimCount} claims");
            }
            catch (ClaimStoreException e)
            {
                throw StoreOptions.Fail(e);
            }

            return corpus.ExitCode;
        });
        return command;
    }

    /// <summary>Opens a store for writing, turning a foreign, damaged or unusable file into a one-line error.</summary>
    public static ClaimStore OpenStore(string path) => StoreOptions.Open(path, new ClaimStoreOptions());
}
