using System.CommandLine;
using System.Globalization;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Core.Feeds;

namespace ClaimScope.Cli.Commands;

/// <summary>The arguments and options every reading command shares, defined once.</summary>
internal sealed class CommonOptions
{
    public CommonOptions(bool inputsRequired = true)
    {
        Inputs = new Argument<string[]>("inputs")
        {
            Description = "Feed files, folders (every file inside), or - for standard input",
            Arity = inputsRequired ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
        };
    }

    public Argument<string[]> Inputs { get; }

    public Option<string?> AsOf { get; } = new("--as-of")
    {
        Description = "The listing date (YYYY-MM-DD) that yearless dates are resolved against; default: inferred from the listing",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(AsOf);
        AsOf.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--as-of must be a date like 2025-12-08, not '{text}'");
            }
        });
    }

    /// <summary>The named inputs, opened with the read options given.</summary>
    public InputCorpus OpenInputs(CliContext context, ParseResult parse) =>
        InputCorpus.Open(context, parse.GetValue(Inputs) ?? [], ReadOptions(parse));

    public FeedReadOptions ReadOptions(ParseResult parse) => new()
    {
        AsOf = parse.GetValue(AsOf) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
    };

    /// <summary>The extraction threads beside the reader; the output is the same for any number.</summary>
    public static Option<int> Workers()
    {
        var option = new Option<int>("--workers")
        {
            Description = "Threads that extract claims beside the reader (default: one per core; 1 runs sequentially; the output is the same)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--workers must be at least 1");
            }
        });
        return option;
    }

    public static Option<string> Format(string description, params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
        };
        option.CompletionSources.Add(formats);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!formats.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"--format must be one of {string.Join(", ", formats)} (got '{value}')");
            }
        });
        return option;
    }
}
