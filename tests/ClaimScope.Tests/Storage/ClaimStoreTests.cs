using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
using ClaimScope.Storage;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Tests.Storage;

public sealed class ClaimStoreTests : DatabaseFolder
{
    private static Paper OpenVla(string file = "000.txt", int line = 26) => PaperCatalog.ToPaper(new PaperRecord
    {
        Title = "OpenVLA: An Open-Source Vision-Language-Action Model",
        Abstract = "OpenVLA ... outperforming closed models such as RT-2-X (55B) by 16.5% in absolute task success rate ..., with 7x fewer parameters.",
        AuthorCount = 18,
        Published = new DateOnly(2024, 6, 13),
        Upvotes = 1,
        Source = new SourceLocation(file, line),
    });

    private static Claim SevenTimesFewerParameters(Paper paper)
    {
        var text = "with 7x fewer parameters";
        var start = paper.Abstract.IndexOf(text, StringComparison.Ordinal);
        return new Claim
        {
            Kind = ClaimKind.Reduction,
            Value = 7,
            Unit = "x",
            Target = "parameters",
            Text = text,
            Start = start,
            End = start + text.Length,
        };
    }

    [Fact]
    public void A_stored_paper_and_its_claims_read_back_unchanged()
    {
        var paper = OpenVla();
        var claim = SevenTimesFewerParameters(paper);
        using (var store = ClaimStore.Open(DbPath))
        {
            store.Save([(paper, [claim])]);
        }

        using var reopened = ClaimStore.Open(DbPath);
        var (readPaper, readClaims) = Assert.Single(reopened.ReadAll());

        Assert.Equal(paper.Title, readPaper.Title);
        Assert.Equal(paper.Published, readPaper.Published);
        Assert.Equal(paper.Source, readPaper.Source);
        Assert.Equal(claim, Assert.Single(readClaims));
        Assert.Equal(7, readClaims[0].Factor);
    }

    [Fact]
    public void Ingesting_the_same_paper_twice_keeps_one_paper_and_merges_its_appearances()
    {
        using var store = ClaimStore.Open(DbPath);
        var first = OpenVla("000.txt", 26);
        var second = OpenVla("003.txt", 400);

        var addedFirst = store.Save([(first, [SevenTimesFewerParameters(first)])]);
        var addedSecond = store.Save([(second, [SevenTimesFewerParameters(second)])]);

        Assert.Equal((1, 0), (addedFirst, addedSecond));
        Assert.Equal(1, store.PaperCount);
        Assert.Equal(1, store.ClaimCount);
        Assert.Equal(2, store.ReadAll().Single().Paper.Appearances.Count);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_left_untouched()
    {
        File.WriteAllText(DbPath, "these are my notes, not a database\n");

        var error = Assert.Throws<ClaimStoreException>(() => ClaimStore.Open(DbPath));

        Assert.Equal(StoreProblem.NotSqlite, error.Problem);
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(DbPath));
    }

    [Fact]
    public void Another_programs_sqlite_database_is_refused_and_its_tables_kept()
    {
        using (var other = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER); INSERT INTO invoices VALUES (1);";
            command.ExecuteNonQuery();
        }

        Assert.Equal(StoreProblem.Foreign, Assert.Throws<ClaimStoreException>(() => ClaimStore.Open(DbPath)).Problem);

        using var check = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        check.Open();
        using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
        Assert.Equal(1L, count.ExecuteScalar());
    }
}
