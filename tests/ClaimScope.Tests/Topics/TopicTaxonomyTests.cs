using ClaimScope.Core.Model;
using ClaimScope.Reports.Topics;
using ClaimScope.Tests.Charts;

namespace ClaimScope.Tests.Topics;

public class TopicTaxonomyTests
{
    private const string Sample = """
        # research topics
        LLM: llm*, large language model*   # prefixes
        Diffusion: diffusion, text-to-image

        Vision: vision, image*
        LLM: speculative decoding
        """;

    private static Paper SeedPaper(string titleStart) =>
        SeedPapers.All.First(p => p.Title.StartsWith(titleStart, StringComparison.Ordinal));

    private static Paper PaperWith(string title, string abstractText) => new()
    {
        Id = "test",
        Title = title,
        Abstract = abstractText,
        Appearances = [new PaperAppearance(null, new SourceLocation("test.txt", 1), null)],
    };

    [Fact]
    public void Parses_topics_in_file_order_and_skips_comments_and_blank_lines()
    {
        var taxonomy = TopicTaxonomy.Parse(Sample, "sample.txt");

        Assert.Equal(["LLM", "Diffusion", "Vision"], taxonomy.Topics.Select(t => t.Name));
        Assert.Equal(["diffusion", "text-to-image"], taxonomy.Topics[1].Keywords);
    }

    [Fact]
    public void A_topic_named_again_on_a_later_line_gains_its_keywords()
    {
        var taxonomy = TopicTaxonomy.Parse(Sample, "sample.txt");

        Assert.Equal(["llm*", "large language model*", "speculative decoding"], taxonomy.Topics[0].Keywords);
    }

    [Theory]
    [InlineData("LLM llm, gpt", "no ':'")]
    [InlineData(": llm", "topic name")]
    [InlineData("LLM:   ", "no keywords")]
    [InlineData("LLM: llm,, gpt", "empty keyword")]
    [InlineData("LLM: llm,", "empty keyword")]
    [InlineData("LLM: l*m", "'*' may only end")]
    [InlineData("LLM: --", "no letters or digits")]
    public void Rejects_a_malformed_line_naming_the_file_and_line(string badLine, string problem)
    {
        var text = "# topics\nVision: vision\n" + badLine + "\n";

        var error = Assert.Throws<TopicFileException>(() => TopicTaxonomy.Parse(text, "topics.txt"));

        Assert.Equal(("topics.txt", 3), (error.File, error.Line));
        Assert.StartsWith("topics.txt:3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_names_the_path_of_a_malformed_file()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "my-topics.txt");
        File.WriteAllText(path, "Vision: vision\nbroken line\n");

        var error = Assert.Throws<TopicFileException>(() => TopicTaxonomy.Load(path));

        Assert.Equal((path, 2), (error.File, error.Line));
    }

    [Fact]
    public void The_built_in_taxonomy_is_the_shipped_data_file()
    {
        var shipped = TopicTaxonomy.Load(Path.Combine(SeedData.RepoRoot, "data", "topics.txt"));

        var builtIn = TopicTaxonomy.BuiltIn();

        Assert.Equal(shipped.Topics.Select(t => (t.Name, string.Join(",", t.Keywords))), builtIn.Topics.Select(t => (t.Name, string.Join(",", t.Keywords))));
        Assert.True(builtIn.Topics.Count >= 8);
    }

    [Fact]
    public void Assigns_a_seed_paper_by_the_keywords_in_its_title_and_abstract()
    {
        var paper = SeedPaper("OpenVLA: An Open-Source Vision-Language-Action Model");

        var topics = TopicTaxonomy.BuiltIn().Assign(paper);

        Assert.Contains("Vision", topics);
        Assert.Contains("Reinforcement learning", topics);
    }

    [Fact]
    public void A_prefix_keyword_matches_longer_words_and_a_phrase_matches_across_punctuation()
    {
        var taxonomy = TopicTaxonomy.Parse(Sample, "sample.txt");

        Assert.Equal(["LLM"], taxonomy.Assign(PaperWith("Serving LLMs cheaply", "")));
        Assert.Contains("Diffusion", taxonomy.Assign(PaperWith("Faster Text to Image models", "")));
    }

    [Fact]
    public void One_passing_mention_in_the_abstract_is_not_enough()
    {
        var taxonomy = TopicTaxonomy.Parse(Sample, "sample.txt");

        Assert.Empty(taxonomy.Assign(PaperWith("A new optimiser", "We also try it on a vision task.")));
        Assert.Equal(["Vision"], taxonomy.Assign(PaperWith("A new optimiser", "We try it on vision tasks and image classification.")));
    }

    [Fact]
    public void Puts_the_best_scoring_topic_first()
    {
        var taxonomy = TopicTaxonomy.Parse(Sample, "sample.txt");

        var topics = taxonomy.Assign(PaperWith("Diffusion for images", "An LLM writes prompts; the LLM is frozen."));

        Assert.Equal(["Diffusion", "Vision", "LLM"], topics);
    }
}
