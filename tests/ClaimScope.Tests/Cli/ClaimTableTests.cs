using ClaimScope.Cli.Output;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Cli;

/// <summary>The default claim table streams: each row is written before the next claim is asked for.</summary>
public class ClaimTableTests
{
    private static IEnumerable<PaperClaim> Claims(StringWriter output, List<int> lengthsBeforeEachClaim)
    {
        foreach (var paper in SeedPapers.All.Take(20))
        {
            foreach (var claim in ClaimExtractor.CreateDefault().Extract(paper.Abstract))
            {
                lengthsBeforeEachClaim.Add(output.GetStringBuilder().Length);
                yield return new PaperClaim(paper, claim);
            }
        }
    }

    [Fact]
    public void Rows_are_written_as_claims_arrive_not_after_the_last()
    {
        var output = new StringWriter();
        var lengths = new List<int>();

        ClaimTable.Write(output, Claims(output, lengths), flushEachRow: true);

        Assert.True(lengths.Count > 5);
        // Before claim k is produced, the header and the k-1 rows before it are already out.
        Assert.All(lengths.Zip(lengths.Skip(1)), pair => Assert.True(pair.Second > pair.First));
    }

    [Fact]
    public void Control_characters_in_feed_text_are_dropped_from_the_table()
    {
        var paper = SeedPapers.All.First(p => ClaimExtractor.CreateDefault().Extract(p.Abstract).Count > 0);
        var claim = ClaimExtractor.CreateDefault().Extract(paper.Abstract)[0] with { Target = "evil\u001b[31m\u0007target" };
        var output = new StringWriter();

        ClaimTable.Write(output, [new PaperClaim(paper with { Title = "title\u009b2J" }, claim)], flushEachRow: false);

        Assert.Contains("evil[31mtarget", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotMatch("[\u0000-\u0008\u000B-\u001F\u007F-\u009F]", output.ToString());
    }
}
