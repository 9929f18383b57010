using ClaimScope.Core.Feeds.Formats;

namespace ClaimScope.Tests.Feeds.Formats;

public class ArxivOaiSnapshotReaderTests
{
    private const string Format = "arxiv_oai_snapshot_jsonl";
    private const string File200 = "arxiv-metadata-oai-snapshot_head200_committed-2025-10_Sharath-1736.json";

    private static string[] SampleLines() => File.ReadAllLines(FormatSamples.Path(Format, File200));

    [Fact]
    public void Reads_every_line_of_the_snapshot_head()
    {
        // 200 lines, each a JSON object (checked with python3 json.loads per line).
        var (records, problems) = FormatSamples.Read(new ArxivOaiSnapshotReader(), Format, File200);

        Assert.Empty(problems);
        Assert.Equal(200, records.Count);
        Assert.Equal(Enumerable.Range(1, 200), records.Select(r => r.Source.Line));
    }

    [Fact]
    public void Maps_the_first_paper_with_decoded_author_names_and_first_version_date()
    {
        var (records, _) = FormatSamples.Read(new ArxivOaiSnapshotReader(), Format, File200);

        var paper = records[0];

        Assert.Equal("0704.0001", paper.ArxivId);
        Assert.Equal("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies", paper.Title);
        Assert.StartsWith("A fully differential calculation in perturbative quantum chromodynamics is presented", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan"], paper.Authors);
        Assert.Equal(new DateOnly(2007, 4, 2), paper.Published);
        Assert.Null(paper.Upvotes);
    }

    [Fact]
    public void Removes_the_leading_indent_wraps_and_trailing_newline_of_the_abstract()
    {
        var (records, _) = FormatSamples.Read(new ArxivOaiSnapshotReader(), Format, File200);

        Assert.All(records, r => Assert.Equal(r.Abstract.Trim(), r.Abstract));
        Assert.All(records, r => Assert.DoesNotContain('\n', r.Abstract + r.Title));
        Assert.All(records, r => Assert.DoesNotContain("  ", r.Abstract, StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_a_malformed_line_with_its_number_and_keeps_the_others()
    {
        var lines = SampleLines().Take(3).ToArray();
        lines[1] = lines[1][..(lines[1].Length / 2)];

        var (records, problems) = FormatSamples.ReadText(new ArxivOaiSnapshotReader(), string.Join('\n', lines), "snapshot.json");

        Assert.Equal(["0704.0001", "0704.0003"], records.Select(r => r.ArxivId));
        Assert.Equal("snapshot.json:2", Assert.Single(problems).Location.ToString());
    }

    [Fact]
    public void Reads_a_zero_padded_creation_day()
    {
        var line = SampleLines()[0].Replace("Mon, 2 Apr 2007 19:18:42 GMT", "Wed, 06 Aug 2025 15:59:18 GMT", StringComparison.Ordinal);

        var (records, _) = FormatSamples.ReadText(new ArxivOaiSnapshotReader(), line);

        Assert.Equal(new DateOnly(2025, 8, 6), Assert.Single(records).Published);
    }

    [Fact]
    public void Falls_back_to_the_author_string_without_authors_parsed()
    {
        const string line = """{"id":"0704.0002","title":"Sparsity-certifying Graph Decompositions","abstract":"  We describe.\n","authors":"Ileana Streinu and Louis Theran","versions":[]}""";

        var (records, _) = FormatSamples.ReadText(new ArxivOaiSnapshotReader(), line);

        Assert.Equal(["Ileana Streinu", "Louis Theran"], Assert.Single(records).Authors);
    }
}
