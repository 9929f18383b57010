using System.CommandLine;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Cli.Output;
using ClaimScope.Core.Model;
using ClaimScope.Storage;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// The <c>--db</c> path of <c>papers</c> and <c>extract</c>: the stored papers and claims, printed
/// exactly as those commands print what they read from feeds. The database is opened read-only,
/// so it needs no write access and never waits for an ingest that is running.
/// </summary>
internal static class StoredInputs
{
    public static Option<string?> Option() =>
        StoreOptions.ReadDatabase("Read the papers stored in this SQLite database (see 'ingest') instead of feeds");

    /// <summary><c>papers --db</c>: every stored paper with its appearances.</summary>
    public static int Papers(CliContext context, ParseResult parse, CommonOptions common, string path, string format)
    {
        using var store = Open(parse, common, path);
        var papers = Read(store, s => s.ReadAll().Select(p => p.Paper).ToList());
        context.Error.WriteLine($"claimscope: read {papers.Count} papers from {path}");
        PaperOutput.Write(context, papers, format);
        return ExitCodes.Ok;
    }

    /// <summary><c>extract --db</c>: every stored claim, streamed paper by paper.</summary>
    public static int Claims(CliContext context, ParseResult parse, CommonOptions common, string path, string format)
    {
        using var store = Open(parse, common, path);
        Read(store, s =>
        {
            ClaimOutput.Write(context, s.ReadAll().SelectMany(p => p.Claims.Select(c => new PaperClaim(p.Paper, c))), format);
            return 0;
        });
        return ExitCodes.Ok;
    }

    private static ClaimStore Open(ParseResult parse, CommonOptions common, string path)
    {
        if (parse.GetValue(common.Inputs) is { Length: > 0 })
        {
            throw new CliException("name feeds or a database with --db, not both", ExitCodes.UsageError);
        }

        return StoreOptions.OpenForReading(path);
    }

    private static T Read<T>(ClaimStore store, Func<ClaimStore, T> read)
    {
        try
        {
            return read(store);
        }
        catch (ClaimStoreException e)
        {
            throw StoreOptions.Fail(e);
        }
    }
}
