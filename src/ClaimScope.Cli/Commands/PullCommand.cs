using System.CommandLine;
using System.Globalization;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Pull;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// <c>claimscope pull hf|arxiv|arxiv-rss</c>: fetches listings into the cache (one file per
/// request, never fetched twice), then prints the files, copies them (<c>--out</c>) or ingests
/// them (<c>--db</c>, through the ingest command itself).
/// </summary>
internal static class PullCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("pull", "Fetch listings from Hugging Face Daily Papers, the arXiv API or arXiv RSS into a cache, files or a database");
        command.Subcommands.Add(HuggingFace(context));
        command.Subcommands.Add(Arxiv(context));
        command.Subcommands.Add(ArxivRss(context));
        return command;
    }

    private static Command HuggingFace(CliContext context)
    {
        var options = new PullOptions();
        var from = new Option<string>("--from") { Description = "The first day (YYYY-MM-DD, or 7d back from today)", Required = true };
        var to = new Option<string?>("--to") { Description = "The last day (default: today, UTC)" };
        var command = new Command("hf", "Fetch the Hugging Face Daily Papers listing (/api/daily_papers?date=) of each day");
        command.Options.Add(from);
        command.Options.Add(to);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var today = RelativeDate.Today;
            var first = Day(parse.GetValue(from)!, "--from", today);
            var last = parse.GetValue(to) is { } t ? Day(t, "--to", today) : today;
            var baseUrl = options.Base(parse, "CLAIMSCOPE_HF_URL", PullSources.HuggingFace);
            return Run(context, options, parse, 1, async (puller, ct) =>
            {
                var files = new List<PulledFile>();
                foreach (var request in PullSources.DailyPapers(baseUrl, first, last, puller.Today))
                {
                    files.Add(await puller.GetAsync(request, ct).ConfigureAwait(false));
                }

                return files;
            });
        });
        return command;
    }

    private static Command Arxiv(CliContext context)
    {
        var options = new PullOptions();
        var query = new Option<string>("--query", "-q") { Description = "An arXiv API search_query, e.g. \"cat:cs.LG AND abs:speedup\"", Required = true };
        var max = new Option<int>("--max") { Description = "The most entries to fetch, newest first", DefaultValueFactory = _ => 100 };
        var pageSize = new Option<int>("--page-size") { Description = "Entries per request (arXiv allows up to 2000; smaller pages are kinder)", DefaultValueFactory = _ => 100 };
        var command = new Command("arxiv", "Page through an arXiv API search (one request every 3 seconds)");
        command.Options.Add(query);
        command.Options.Add(max);
        command.Options.Add(pageSize);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var (limit, size) = (parse.GetValue(max), parse.GetValue(pageSize));
            if (limit < 1 || size < 1 || size > 2000)
            {
                throw new CliException("--max must be at least 1 and --page-size between 1 and 2000", ExitCodes.UsageError);
            }

            var baseUrl = options.Base(parse, "CLAIMSCOPE_ARXIV_URL", PullSources.ArxivApi);
            return Run(context, options, parse, 3, (puller, ct) => ArxivQueryPager.PullAsync(puller, baseUrl, parse.GetValue(query)!, limit, size, ct));
        });
        return command;
    }

    private static Command ArxivRss(CliContext context)
    {
        var options = new PullOptions();
        var category = new Argument<string[]>("categories") { Description = "arXiv categories, e.g. cs.LG cs.CL", Arity = ArgumentArity.OneOrMore };
        var command = new Command("arxiv-rss", "Fetch today's rss.arxiv.org listing of each category (asked again only when it changed)");
        command.Arguments.Add(category);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var baseUrl = options.Base(parse, "CLAIMSCOPE_ARXIV_RSS_URL", PullSources.ArxivRss);
            return Run(context, options, parse, 3, async (puller, ct) =>
            {
                var files = new List<PulledFile>();
                foreach (var name in parse.GetValue(category)!)
                {
                    files.Add(await puller.GetAsync(PullSources.ArxivRssListing(baseUrl, name, puller.Today), ct).ConfigureAwait(false));
                }

                return files;
            });
        });
        return command;
    }

    private static int Run(CliContext context, PullOptions options, ParseResult parse, double defaultDelay, Func<Puller, CancellationToken, Task<IReadOnlyList<PulledFile>>> pull)
    {
        IReadOnlyList<PulledFile> files;
        using (var puller = new Puller(options.Settings(parse, defaultDelay)))
        {
            try
            {
                files = pull(puller, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (PullUnreachableException e)
            {
                throw new CliException(e.Message, ExitCodes.Failed);
            }
        }

        foreach (var failed in files.Where(f => !f.Succeeded))
        {
            context.Warn($"{failed.Problem}; not kept, asked again next run");
        }

        // An empty listing (a day without papers) stays in the cache but gives the readers nothing to read.
        var kept = files.Where(f => f.Succeeded && f.Summary?.Entries > 0).Select(f => f.Path).ToList();
        context.Error.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "claimscope: pulled {0} request(s): {1} fetched, {2} from the cache, {3} unchanged, {4} failed; {5} entries",
            files.Count, Count(files, PullOutcome.Fetched), Count(files, PullOutcome.Cached), Count(files, PullOutcome.Unchanged),
            Count(files, PullOutcome.Failed), files.Sum(f => f.Summary?.Entries ?? 0)));
        var code = files.All(f => f.Succeeded) ? ExitCodes.Ok : ExitCodes.SkippedInput;
        if (parse.GetValue(options.Out) is { } outDir)
        {
            kept = Copy(kept, outDir);
        }

        if (parse.GetValue(options.Db) is { } db)
        {
            return kept.Count == 0 ? code : Math.Max(code, CliApp.Run(["ingest", .. kept, "--db", db], context));
        }

        foreach (var path in kept)
        {
            context.Out.WriteLine(path);
        }

        return code;
    }

    private static List<string> Copy(List<string> files, string folder)
    {
        Directory.CreateDirectory(folder);
        return files.Select(file =>
        {
            var target = Path.Combine(folder, Path.GetFileName(file));
            File.Copy(file, target, overwrite: true);
            return target;
        }).ToList();
    }

    private static int Count(IReadOnlyList<PulledFile> files, PullOutcome outcome) => files.Count(f => f.Outcome == outcome);

    private static DateOnly Day(string text, string name, DateOnly today) =>
        RelativeDate.TryParse(text, today, out var day)
            ? day
            : throw new CliException($"{name} must be a date like 2025-01-31 or a span like 7d (got '{text}')", ExitCodes.UsageError);
}
