using System.CommandLine;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
using ClaimScope.Storage;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// <c>claimscope ingest</c>: extracts the inputs' claims into a SQLite file that grows run by run,
/// so reports can cover many days of listings without reading every feed again. The store applies
/// the merge policy itself; this command only skips extracting a paper it has already read in
/// this run or that is already stored (the store keeps the first claims anyway), so a re-run over
/// the same feeds, or one resumed after a crash, extracts only what is new.
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
        var command = new Command("ingest", "Extract the claims of the inputs and store papers and claims in a SQLite database");
        common.AddTo(command);
        command.Options.Add(db);
        command.Options.Add(busy);
        command.SetAction(parse =>
        {
            var corpus = common.OpenInputs(context, parse);
            using var store = StoreOptions.OpenForWriting(context, parse.GetValue(db)!, parse.GetValue(busy));
            var extractor = ClaimExtractor.CreateDefault();
            var dedup = new PaperDeduplicator();
            var (added, seen) = (0, 0);
            try
            {
                ProgressDisplay.Run(context, "Ingesting", corpus.Files, progress =>
                {
                    var batch = new List<(Paper, IReadOnlyList<Claim>)>(BatchSize);
                    foreach (var record in corpus.Records(progress))
                    {
                        var paper = PaperCatalog.ToPaper(record);
                        var isNew = dedup.IsFirstSighting(record) && !store.Contains(record.Title, record.ArxivId);
                        batch.Add((paper, isNew ? extractor.Extract(paper.Abstract) : []));
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
