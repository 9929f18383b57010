using System.CommandLine;
using System.Globalization;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Core.Extraction;
using ClaimScope.Storage;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// <c>claimscope reextract</c>: re-runs this build's extractor over the stored abstracts whose
/// claims an older extractor made, so a database follows the extractor's improvements without
/// reading any feed again. Papers and appearances are left as they are.
/// </summary>
internal static class ReextractCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Option<string>("--db") { Description = "The SQLite database file that 'ingest' filled", Required = true };
        var all = new Option<bool>("--all") { Description = "Re-extract every paper, not only those an older extractor read" };
        var busy = StoreOptions.BusyTimeout();
        var command = new Command("reextract", "Refresh the stored claims made by an older extractor version from the stored abstracts");
        command.Options.Add(db);
        command.Options.Add(all);
        command.Options.Add(busy);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db)!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new CliException($"{path}: no such database", ExitCodes.UsageError);
            }

            using var store = StoreOptions.OpenForWriting(context, path, parse.GetValue(busy));
            ReextractResult result;
            try
            {
                result = store.Reextract(ClaimExtractor.CreateDefault(), ExtractorVersion.Current, parse.GetValue(all));
            }
            catch (ClaimStoreException e)
            {
                throw StoreOptions.Fail(e);
            }

            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"claimscope: re-extracted {result.Papers} papers with extractor version {ExtractorVersion.Current}: {result.Appeared} claims appeared, {result.Vanished} vanished, {result.Changed} changed, {result.Unchanged} unchanged"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
