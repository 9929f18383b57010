using System.CommandLine;
using System.Globalization;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Cli.Output;
using ClaimScope.Reports.Syndication;
using ClaimScope.Storage;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// <c>claimscope feed</c>: publishes the newest papers whose claims match the filters as an Atom
/// feed or a JSON Feed, so a feed reader or a chat hook follows "new 5x inference speedups".
/// </summary>
internal static class FeedCommand
{
    public static Command Create(CliContext context)
    {
        var db = QueryCommand.RequiredDatabase("The SQLite database to publish from");
        var filters = new QueryOptions();
        var format = CommonOptions.Format("Feed format: atom (RFC 4287) or json (JSON Feed 1.1)", "atom", "json");
        var output = new Option<string?>("--out", "-o") { Description = "The feed file to write (default: standard output)" };
        var entries = new Option<int>("--entries") { Description = "The most papers in the feed, newest first", DefaultValueFactory = _ => 50 };
        var title = new Option<string?>("--title") { Description = "The feed's title (default: the filters)" };
        var link = new Option<string?>("--link") { Description = "The URL the feed will be published at (its self link)" };
        var command = new Command("feed", "Write an Atom or JSON feed of the newest papers with matching claims, one entry per paper");
        command.Options.Add(db);
        filters.AddTo(command, withLimit: false);
        Option[] own = [format, output, entries, title, link];
        foreach (var option in own)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var max = parse.GetValue(entries);
            if (max < 1)
            {
                throw new CliException("--entries must be at least 1", ExitCodes.UsageError);
            }

            using var store = QueryCommand.OpenExisting(parse.GetValue(db)!);
            var query = filters.Build(parse, RelativeDate.Today) with { Sort = ClaimQuerySort.Newest };
            var question = Question(parse, filters);
            var feed = ClaimFeedBuilder.Build(store.Query(query, QueryOptions.TargetGroup), parse.GetValue(title) ?? $"ClaimScope: {question}", question, max, DateTimeOffset.UtcNow)
                with { SelfUrl = parse.GetValue(link) };
            Action<Stream> write = parse.GetValue(format) == "json" ? s => ClaimsJsonFeed.Write(s, feed) : s => ClaimsAtomFeed.Write(s, feed);
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.Write(path, write);
                context.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "claimscope: wrote {0} entries to {1}", feed.Entries.Count, path));
            }
            else
            {
                using var buffer = new MemoryStream();
                write(buffer);
                context.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                context.Out.WriteLine();
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The filters as typed ("--min-factor 5 --target inference --since 7d"): the feed's subject and the seed of its id.</summary>
    private static string Question(ParseResult parse, QueryOptions filters)
    {
        Option[] asked = [filters.Kind, filters.Target, filters.MinFactor, filters.MaxFactor, filters.Qualifier, filters.Baseline, filters.Since, filters.Until, filters.Org, filters.Text, filters.HasCode];
        var parts = asked
            .Select(o => (o.Name, Result: parse.GetResult(o)))
            .Where(x => x.Result is { Implicit: false })
            .Select(x => x.Result!.Tokens.Count == 0 ? x.Name : $"{x.Name} {string.Join(' ', x.Result.Tokens.Select(t => t.Value))}")
            .ToList();
        return parts.Count == 0 ? "all claims" : string.Join(' ', parts);
    }
}
