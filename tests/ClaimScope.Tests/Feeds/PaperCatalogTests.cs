using ClaimScope.Core.Feeds;

namespace ClaimScope.Tests.Feeds;

public class PaperCatalogTests
{
    [Fact]
    public void The_five_seed_listings_hold_363_entries_and_316_unique_papers()
    {
        var catalog = new PaperCatalog();
        var source = new FeedSource(FeedFormats.Default, FeedReadOptions.Default);
        var problems = new List<FeedProblem>();

        foreach (var record in source.Read(FeedSource.ExpandInputs([SeedData.FeedsFolder]), problems.Add))
        {
            catalog.Add(record);
        }

        Assert.Empty(problems);
        Assert.Equal(363, catalog.RecordCount);
        Assert.Equal(316, catalog.PaperCount);
    }

    [Fact]
    public void The_same_title_in_two_listings_is_one_paper_with_two_appearances()
    {
        var catalog = new PaperCatalog();
        catalog.Add(new() { Title = "Fast Attention: A Study", Abstract = "We go fast.", Source = new("a.txt", 11), Upvotes = 2 });
        catalog.Add(new() { Title = "fast attention -- a study", Abstract = "We go fast.", Source = new("b.txt", 40), Upvotes = 5 });

        var paper = Assert.Single(catalog.Papers());

        Assert.Equal(2, paper.Appearances.Count);
        Assert.Equal(5, paper.Upvotes);
        Assert.Equal("a.txt", paper.Source.File);
    }

    [Fact]
    public void Title_normalisation_ignores_case_punctuation_and_spacing()
    {
        Assert.Equal(TitleKey.Normalise("LoRA:  Low-Rank Adaptation"), TitleKey.Normalise("lora low rank adaptation"));
    }
}
