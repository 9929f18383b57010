using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

[Collection(MeasuringCollection.Name)]
public class ClaimExtractorTests
{
    [Fact]
    public void Every_claim_span_on_the_seed_abstracts_is_exact()
    {
        foreach (var paper in SeedPapers.All)
        {
            foreach (var claim in Extract.From(paper.Abstract))
            {
                Assert.Equal(claim.Text, paper.Abstract[claim.Start..claim.End]);
                Assert.InRange(claim.Start, 0, claim.End);
            }
        }
    }

    [Fact]
    public void A_hard_wrapped_sentence_reads_as_one()
    {
        var claim = Extract.Single("Our kernels reduce peak\nmemory by up\nto 53% on\nconsumer GPUs.");

        Assert.Equal((ClaimKind.Reduction, 53.0, ClaimQualifier.UpTo), (claim.Kind, claim.Value, claim.Qualifier));
    }

    [Fact]
    public void A_number_stated_twice_for_the_same_fact_is_one_claim()
    {
        var claims = Extract.From("It reduces memory by 40%. In short, memory is reduced by 40%.");

        Assert.Single(claims);
    }

    [Fact]
    public void The_evidence_carries_the_cue_and_the_qualifier()
    {
        var claim = Extract.Single("ExpertFlow achieves up to 93.72\\% GPU memory savings.");

        Assert.Equal("up to 93.72\\% GPU memory savings", claim.Text);
    }

    [Fact]
    public void Factor_is_derived_for_charting()
    {
        var claim = Extract.Single("It reduces memory usage by about 50%.");

        Assert.Equal((2.0, ClaimQualifier.About), (claim.Factor, claim.Qualifier));
    }

    [Fact]
    public void A_ten_megabyte_line_without_a_full_stop_is_extracted()
    {
        var line = string.Concat(Enumerable.Repeat("reduces memory by 40% and runs 3.2x faster than Llama-2-70B while ", 160_000));

        var claims = Extract.From(line);

        Assert.True(line.Length > 10_000_000);
        Assert.NotEmpty(claims);
    }
}
