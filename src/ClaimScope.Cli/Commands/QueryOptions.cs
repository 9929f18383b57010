using System.CommandLine;
using System.Globalization;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Charts;
using ClaimScope.Storage;

namespace ClaimScope.Cli.Commands;

/// <summary>The filter options of <c>query</c>, <c>feed</c> and <c>export</c>, defined once and turned into one <see cref="ClaimQuery"/>.</summary>
internal sealed class QueryOptions
{
    private static readonly string[] Sorts = ["newest", "oldest", "factor", "value", "upvotes"];

    public Option<string[]> Kind { get; } = new("--kind") { Description = "Only claims of these kinds: speedup, reduction, improvement, metric", AllowMultipleArgumentsPerToken = true };

    public Option<string?> Target { get; } = new("--target") { Description = "A word of the claim's target (inference, kv cache) or a target group (memory, latency, training...)" };

    public Option<double?> MinFactor { get; } = new("--min-factor") { Description = "Only speedups and reductions at least this factor (5 = 5x; 50% smaller = 2)" };

    public Option<double?> MaxFactor { get; } = new("--max-factor") { Description = "Only speedups and reductions at most this factor" };

    public Option<string?> Qualifier { get; } = new("--qualifier") { Description = "Only claims hedged so: none, \"up to\", \"at least\", about, average" };

    public Option<string?> Baseline { get; } = new("--baseline") { Description = "Part of the baseline's name (FlashAttention)" };

    public Option<string?> Since { get; } = new("--since") { Description = "Papers listed or published on or after: YYYY-MM-DD, or 7d / 2w back from today (UTC)" };

    public Option<string?> Until { get; } = new("--until") { Description = "Papers listed or published on or before: YYYY-MM-DD, or 7d / 2w back from today" };

    public Option<string?> Org { get; } = new("--org") { Description = "Part of the organisation's name or slug" };

    public Option<string?> Text { get; } = new("--text") { Description = "Part of the title, the abstract or the evidence" };

    public Option<bool?> HasCode { get; } = new("--has-code") { Description = "Only papers with (true, the default of the bare flag) or without (false) a code link" };

    public Option<string> Sort { get; } = new("--sort") { Description = "newest (default), oldest, factor, value or upvotes", DefaultValueFactory = _ => "newest" };

    public Option<int?> Limit { get; } = new("--limit", "-n") { Description = "At most this many claims" };

    public void AddTo(Command command, bool withLimit = true)
    {
        Option[] options = [Kind, Target, MinFactor, MaxFactor, Qualifier, Baseline, Since, Until, Org, Text, HasCode, Sort];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        if (withLimit)
        {
            command.Options.Add(Limit);
        }

        Kind.Validators.Add(r => Check(r, r.GetValueOrDefault<string[]>() ?? [], k => ClaimVocabulary.TryParseKind(k, out _), "--kind must be speedup, reduction, improvement or metric"));
        Qualifier.Validators.Add(r => Check(r, [r.GetValueOrDefault<string?>() ?? "none"], q => ParseQualifier(q) is not null, "--qualifier must be none, \"up to\", \"at least\", about or average"));
        Sort.Validators.Add(r => Check(r, [r.GetValueOrDefault<string>() ?? ""], Sorts.Contains, "--sort must be newest, oldest, factor, value or upvotes"));
        Since.Validators.Add(r => Check(r, [r.GetValueOrDefault<string?>() ?? "0d"], d => RelativeDate.TryParse(d, RelativeDate.Today, out _), "--since must be a date like 2025-01-31 or a span like 7d"));
        Until.Validators.Add(r => Check(r, [r.GetValueOrDefault<string?>() ?? "0d"], d => RelativeDate.TryParse(d, RelativeDate.Today, out _), "--until must be a date like 2025-01-31 or a span like 7d"));
        Limit.Validators.Add(r => Check(r, [r.GetValueOrDefault<int?>() ?? 1], n => n > 0, "--limit must be a positive number"));
    }

    public ClaimQuery Build(ParseResult parse, DateOnly today) => new()
    {
        Kinds = (parse.GetValue(Kind) ?? []).Select(k => ClaimVocabulary.TryParseKind(k, out var kind) ? kind : default).Distinct().ToList(),
        Target = Blank(parse.GetValue(Target)),
        MinFactor = parse.GetValue(MinFactor),
        MaxFactor = parse.GetValue(MaxFactor),
        Qualifier = parse.GetValue(Qualifier) is { } q ? ParseQualifier(q) : null,
        Baseline = Blank(parse.GetValue(Baseline)),
        Since = Date(parse.GetValue(Since), today),
        Until = Date(parse.GetValue(Until), today),
        Organisation = Blank(parse.GetValue(Org)),
        Text = Blank(parse.GetValue(Text)),
        HasCode = parse.GetValue(HasCode),
        Sort = Enum.Parse<ClaimQuerySort>(parse.GetValue(Sort)!, ignoreCase: true),
        Limit = parse.GetValue(Limit),
    };

    /// <summary>The report's target groups, so <c>--target memory</c> means what the memory chart means.</summary>
    public static string TargetGroup(string target) => TargetGroups.Of(target);

    private static ClaimQualifier? ParseQualifier(string text) => text.Trim().ToLowerInvariant() switch
    {
        "none" or "" => ClaimQualifier.None,
        var other => ClaimVocabulary.ParseQualifier(other) is var q && q != ClaimQualifier.None ? q : null,
    };

    private static DateOnly? Date(string? text, DateOnly today) =>
        text is not null && RelativeDate.TryParse(text, today, out var date) ? date : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static void Check<T>(System.CommandLine.Parsing.OptionResult result, IEnumerable<T> values, Func<T, bool> valid, string message)
    {
        foreach (var value in values)
        {
            if (!valid(value))
            {
                result.AddError(string.Format(CultureInfo.InvariantCulture, "{0} (got '{1}')", message, value));
                return;
            }
        }
    }
}
