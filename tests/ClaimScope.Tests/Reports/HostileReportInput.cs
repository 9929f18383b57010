using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
using ClaimScope.Reports;

namespace ClaimScope.Tests.Reports;

/// <summary>Papers whose feed text tries to break out of HTML, CSV, JSON and Markdown.</summary>
internal static class HostileReportInput
{
    /// <summary>Sets <c>window.__pwned</c> if it ever runs.</summary>
    public const string ScriptTitle = "<script>window.__pwned = 1</script> Fast \"Quoted\" & 'Single' | Piped Attention";

    public const string FormulaTitle = "=HYPERLINK(\"http://evil.example/x\",\"Click me\")";

    public const string ImageAbstract =
        "We show <img src=x onerror=\"window.__pwned = 2\"> that our kernel is 3x faster than FlashAttention | and <b>bold</b>.";

    public const string ImageEvidence = "3x faster than FlashAttention";

    /// <summary>A baseline name is feed text too.</summary>
    public const string HostileBaseline = "FlashAttention <i onmouseover=\"window.__pwned = 5\">v2</i>";

    public static Paper ScriptPaper { get; } = NewPaper(ScriptTitle, ImageAbstract, "javascript:window.__pwned = 3");

    public static Paper FormulaPaper { get; } = NewPaper(FormulaTitle, "+cmd|' /C calc'!A0 reduces memory by -40% with @SUM(1,2).", "https://github.com/x/y");

    public static IReadOnlyList<PaperClaim> Claims { get; } =
    [
        new(ScriptPaper, Evidence(ScriptPaper, ImageEvidence, ClaimKind.Speedup, 3, "x", "kernel") with { Baseline = HostileBaseline }),
        new(FormulaPaper, Evidence(FormulaPaper, "reduces memory by -40%", ClaimKind.Reduction, -40, "%", "=1+1")),
    ];

    public static ReportInput Value { get; } = new()
    {
        Papers = [ScriptPaper, FormulaPaper],
        Claims = Claims,
        Problems = [new FeedProblem(new SourceLocation("<evil>.txt", 7), "bad record <script>window.__pwned = 4</script>")],
        GeneratedAt = GoldReportInput.GeneratedAt,
    };

    /// <summary>The gold input with the hostile papers added, as one report.</summary>
    public static ReportInput WithGold(ReportInput gold) => gold with
    {
        Papers = [.. gold.Papers, ScriptPaper, FormulaPaper],
        Claims = [.. gold.Claims, .. Claims],
        Problems = Value.Problems,
    };

    private static Paper NewPaper(string title, string abstractText, string codeUrl) => new()
    {
        Id = TitleKey.Id(title),
        Title = title,
        Abstract = abstractText,
        CodeUrl = codeUrl,
        Appearances = [new PaperAppearance(new DateOnly(2026, 1, 5), new SourceLocation("hostile.txt", 3), 12)],
    };

    private static Claim Evidence(Paper paper, string text, ClaimKind kind, double value, string unit, string target)
    {
        var start = paper.Abstract.IndexOf(text, StringComparison.Ordinal);
        return new Claim { Kind = kind, Value = value, Unit = unit, Target = target, Text = text, Start = start, End = start + text.Length };
    }
}
