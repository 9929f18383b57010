using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Storage;

/// <summary>Records of one real seed paper as different feeds state it, for the store's identity tests.</summary>
internal static class StoreTestPapers
{
    public const string Title = "OpenVLA: An Open-Source Vision-Language-Action Model";

    /// <summary>The abstract as the Daily Papers text page gives it.</summary>
    public const string PageAbstract = "OpenVLA outperforms closed models such as RT-2-X (55B) by 16.5% in absolute task success rate, with 7x fewer parameters.";

    /// <summary>The same abstract as the JSON API gives it, worded a little differently (another revision).</summary>
    public const string ApiAbstract = "We present OpenVLA. It outperforms RT-2-X (55B) by 16.5% in absolute task success rate across 29 tasks with 7x fewer parameters.";

    public static Paper FromPage(string file = "000.txt", int line = 26, int? upvotes = null) => PaperCatalog.ToPaper(new PaperRecord
    {
        Title = Title,
        Abstract = PageAbstract,
        AuthorCount = 18,
        Upvotes = upvotes,
        ListingDate = new DateOnly(2024, 6, 14),
        Source = new SourceLocation(file, line),
    });

    public static Paper FromApi(string file = "daily_papers_2024-06-14.json", int line = 3, int? upvotes = 31) => PaperCatalog.ToPaper(new PaperRecord
    {
        Title = "OpenVLA: an open-source vision-language-action model",
        Abstract = ApiAbstract,
        ArxivId = "2406.09246",
        Authors = ["Moo Jin Kim", "Karl Pertsch"],
        Published = new DateOnly(2024, 6, 13),
        Upvotes = upvotes,
        ListingDate = new DateOnly(2024, 6, 14),
        CodeUrl = "https://github.com/openvla/openvla",
        Source = new SourceLocation(file, line),
    });

    /// <summary>A claim on the evidence text as it stands in the abstract given.</summary>
    public static Claim FewerParameters(string text)
    {
        const string evidence = "7x fewer parameters";
        var start = text.IndexOf(evidence, StringComparison.Ordinal);
        return new Claim { Kind = ClaimKind.Reduction, Value = 7, Unit = "x", Target = "parameters", Text = evidence, Start = start, End = start + evidence.Length };
    }
}
