using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
using ClaimScope.Storage;
using Microsoft.Data.Sqlite;
using static ClaimScope.Tests.Storage.StoreTestPapers;

namespace ClaimScope.Tests.Storage;

/// <summary>The store applies MERGE_POLICY.md itself, whatever order and duplication it is given.</summary>
public sealed class ClaimStoreIdentityTests : DatabaseFolder
{
    [Fact]
    public void The_same_paper_from_a_text_page_and_the_json_api_is_stored_once_with_both_appearances()
    {
        using var store = ClaimStore.Open(DbPath);
        var page = FromPage();
        var api = FromApi();

        var added = store.Save([(page, [FewerParameters(page.Abstract)])]) + store.Save([(api, [FewerParameters(api.Abstract)])]);

        Assert.Equal(1, added);
        var (paper, claims) = Assert.Single(store.ReadAll());
        Assert.Equal(["000.txt", "daily_papers_2024-06-14.json"], paper.Appearances.Select(a => a.Source.File));
        Assert.Single(claims);
    }

    [Fact]
    public void Duplicates_inside_one_batch_are_merged_as_well()
    {
        using var store = ClaimStore.Open(DbPath);
        var page = FromPage();
        var api = FromApi();

        store.Save([(page, [FewerParameters(page.Abstract)]), (api, [FewerParameters(api.Abstract)])]);

        Assert.Equal((1, 2, 1), (store.PaperCount, store.AppearanceCount, store.ClaimCount));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_first_stored_record_keeps_its_abstract_and_the_claims_read_from_it(bool pageFirst)
    {
        using var store = ClaimStore.Open(DbPath);
        Paper[] order = pageFirst ? [FromPage(), FromApi()] : [FromApi(), FromPage()];
        foreach (var record in order)
        {
            store.Save([(record, [FewerParameters(record.Abstract)])]);
        }

        var (paper, claims) = Assert.Single(store.ReadAll());
        Assert.Equal(order[0].Abstract, paper.Abstract);
        var claim = Assert.Single(claims);
        Assert.Equal(FewerParameters(order[0].Abstract), claim);
        Assert.Equal(claim.Text, paper.Abstract[claim.Start..claim.End]);
    }

    [Fact]
    public void A_later_record_fills_what_is_unknown_and_overwrites_nothing_known()
    {
        using var store = ClaimStore.Open(DbPath);
        store.Save([(FromPage(), [])]);
        store.Save([(FromApi(), [])]);

        var paper = store.ReadAll().Single().Paper;

        Assert.Equal((Title, 18), (paper.Title, paper.AuthorCount));
        Assert.Equal(("2406.09246", new DateOnly(2024, 6, 13)), (paper.ArxivId, paper.Published));
        Assert.Equal(["Moo Jin Kim", "Karl Pertsch"], paper.Authors);
        Assert.Equal("https://github.com/openvla/openvla", paper.CodeUrl);
    }

    [Fact]
    public void Unknown_upvotes_stay_null_until_an_appearance_knows_them_and_then_the_maximum_is_kept()
    {
        using var store = ClaimStore.Open(DbPath);
        store.Save([(FromPage(upvotes: null), [])]);
        Assert.Null(store.ReadAll().Single().Paper.Upvotes);
        Assert.Equal(DBNull.Value, Scalar("SELECT upvotes FROM papers"));

        store.Save([(FromApi(upvotes: 31), [])]);
        store.Save([(FromPage("001.txt", 5, upvotes: 12), [])]);
        store.Save([(FromPage("002.txt", 9, upvotes: null), [])]);

        var paper = store.ReadAll().Single().Paper;
        Assert.Equal(31, paper.Upvotes);
        Assert.Equal([null, 31, 12, null], paper.Appearances.Select(a => a.Upvotes));
    }

    [Fact]
    public void Seeing_the_same_appearance_again_adds_nothing()
    {
        using var store = ClaimStore.Open(DbPath);
        store.Save([(FromPage("000.txt", 26), [])]);
        store.Save([(FromPage("000.txt", 26), [])]);

        Assert.Equal((1, 1), (store.PaperCount, store.AppearanceCount));
    }

    [Fact]
    public void A_paper_known_by_its_arxiv_id_is_found_under_a_revised_title_and_that_title_is_learnt()
    {
        using var store = ClaimStore.Open(DbPath);
        store.Save([(FromApi(), [])]);
        var revised = FromApi("rss.xml", 40) with { Title = "OpenVLA: Open Vision-Language-Action Models at Scale" };
        var revisedWithoutId = FromPage("003.txt", 7) with { Title = revised.Title, ArxivId = null };

        store.Save([(revised, [])]);
        store.Save([(revisedWithoutId, [])]);

        Assert.Equal((1, 3), (store.PaperCount, store.AppearanceCount));
    }

    [Fact]
    public void Two_papers_with_different_keys_stay_two_papers()
    {
        using var store = ClaimStore.Open(DbPath);
        var other = PaperCatalog.ToPaper(new PaperRecord { Title = "OpenVLA-OFT: Fine-Tuning Vision-Language-Action Models", Abstract = "We fine-tune.", Source = new("004.txt", 1) });

        store.Save([(FromApi(), []), (other, [])]);

        Assert.Equal(2, store.PaperCount);
    }

    [Fact]
    public void Each_new_claim_and_paper_records_the_extractor_version_that_read_it()
    {
        using var store = ClaimStore.Open(DbPath);
        var page = FromPage();
        store.Save([(page, [FewerParameters(page.Abstract)])]);

        Assert.Equal((long)ExtractorVersion.Current, Scalar("SELECT extractor_version FROM claims"));
        Assert.Equal((long)ExtractorVersion.Current, Scalar("SELECT claims_version FROM papers"));
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
