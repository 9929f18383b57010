using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
using ClaimScope.Core.Pipeline;

namespace ClaimScope.Tests.Pipeline;

/// <summary>The one merge policy (MERGE_POLICY.md), as the catalog and the pipeline apply it.</summary>
public class MergePolicyTests
{
    private const string ListingAbstract = "Our kernel accelerates inference by up to 3x over FlashAttention.";
    private const string ApiAbstract = "Our kernel accelerates inference by up to 3x over FlashAttention, and cuts memory by 40%.";

    private static PaperRecord Listing(string file = "page.txt", int line = 7, int? upvotes = null) => new()
    {
        Title = "Fast Attention: A Study",
        Abstract = ListingAbstract,
        AuthorCount = 4,
        Upvotes = upvotes,
        Source = new(file, line),
    };

    private static PaperRecord Api(int? upvotes = 12) => new()
    {
        Title = "fast attention -- a study",
        Abstract = ApiAbstract,
        ArxivId = "2406.01574",
        Authors = ["Ada Lovelace", "Alan Turing"],
        Organisation = new Organisation("fast-lab", "Fast Lab"),
        Published = new DateOnly(2024, 6, 3),
        Upvotes = upvotes,
        CodeUrl = "https://github.com/fast/attention",
        Source = new("api.json", 1),
    };

    private static Paper Merged(params PaperRecord[] records)
    {
        using var catalog = new PaperCatalog();
        foreach (var record in records)
        {
            catalog.Add(record);
        }

        return Assert.Single(catalog.Papers());
    }

    [Fact]
    public void The_first_record_seen_fixes_the_title_and_abstract()
    {
        var paper = Merged(Listing(), Api());

        Assert.Equal("Fast Attention: A Study", paper.Title);
        Assert.Equal(ListingAbstract, paper.Abstract);
    }

    [Fact]
    public void The_id_is_fixed_at_first_sight_so_streamed_claims_and_the_paper_list_agree()
    {
        var paper = Merged(Listing(), Api());

        Assert.Equal(TitleKey.Id("Fast Attention: A Study"), paper.Id);
        Assert.Equal(PaperMerge.FirstSight(Listing()).Id, paper.Id);
    }

    [Fact]
    public void A_later_record_fills_only_metadata_still_unknown()
    {
        var paper = Merged(Listing(), Api());

        Assert.Equal("2406.01574", paper.ArxivId);
        Assert.Equal(["Ada Lovelace", "Alan Turing"], paper.Authors);
        Assert.Equal(4, paper.AuthorCount);
        Assert.Equal("Fast Lab", paper.Organisation?.Name);
        Assert.Equal(new DateOnly(2024, 6, 3), paper.Published);
        Assert.Equal("https://github.com/fast/attention", paper.CodeUrl);
    }

    [Fact]
    public void Upvotes_are_the_highest_an_appearance_gives()
    {
        Assert.Equal(12, Merged(Listing(upvotes: 5), Api(upvotes: 12), Listing("other.txt", 3, upvotes: 2)).Upvotes);
    }

    [Fact]
    public void Unknown_upvotes_stay_unknown_rather_than_zero()
    {
        var paper = Merged(Listing(), Api(upvotes: null));

        Assert.Null(paper.Upvotes);
        Assert.All(paper.Appearances, a => Assert.Null(a.Upvotes));
    }

    [Fact]
    public void Records_sharing_only_an_arxiv_id_are_one_paper()
    {
        var paper = Merged(Api(), Api() with { Title = "A Renamed Version", Source = new("later.json", 4) });

        Assert.Equal(2, paper.Appearances.Count);
    }

    [Fact]
    public void Seeing_the_same_file_and_line_again_adds_no_appearance()
    {
        var paper = Merged(Listing(), Api(), Listing());

        Assert.Equal([new SourceLocation("page.txt", 7), new SourceLocation("api.json", 1)], paper.Appearances.Select(a => a.Source));
    }

    [Fact]
    public void The_pipeline_extracts_claims_from_the_first_abstract_only_and_reports_later_records_as_appearances()
    {
        var pipeline = new PaperPipeline(ClaimExtractor.CreateDefault, PipelineOptions.Sequential);

        var sightings = pipeline.Run([Listing(), Api()]).ToList();

        Assert.True(sightings[0].IsNew);
        Assert.False(sightings[1].IsNew);
        Assert.Equal(sightings[0].Match.Number, sightings[1].Match.Number);
        Assert.Empty(sightings[1].Claims);
        var claim = Assert.Single(sightings[0].Claims);
        Assert.Equal(claim.Text, ListingAbstract[claim.Start..claim.End]);
    }

    [Fact]
    public void A_spilled_catalog_gives_the_same_papers_as_one_in_memory()
    {
        using var inMemory = new PaperCatalog();
        using var spilled = new PaperCatalog(spillToDisk: true);
        foreach (var record in new[] { Listing(), Api(), Listing("other.txt", 3, upvotes: 2) })
        {
            inMemory.Add(record);
            spilled.Add(record);
        }

        Assert.Equal(PapersJsonl(inMemory.Papers()), PapersJsonl(spilled.Papers()));
    }

    private static string PapersJsonl(IEnumerable<Paper> papers)
    {
        var output = new StringWriter();
        ClaimScope.Reports.Exports.PapersJsonlExport.Write(output, papers);
        return output.ToString();
    }
}
