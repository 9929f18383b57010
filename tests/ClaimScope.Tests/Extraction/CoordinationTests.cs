using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class CoordinationTests
{
    [Fact]
    public void A_second_object_of_the_same_verb_takes_its_reading()
    {
        var claims = Extract.From("SOAP reduces the number of iterations by over 40% and wall clock time by over 35% compared to AdamW.");

        Assert.Equal([(ClaimKind.Reduction, 40.0), (ClaimKind.Reduction, 35.0)], claims.Select(c => (c.Kind, c.Value)));
    }

    [Fact]
    public void Parallel_items_take_the_reading_of_the_first()
    {
        var claims = Extract.From("XR-NPE runs at 28nm, reducing 42% area, 38% power compared to the best MAC approaches.");

        Assert.Equal([(ClaimKind.Reduction, 42.0), (ClaimKind.Reduction, 38.0)], claims.Select(c => (c.Kind, c.Value)));
    }

    [Fact]
    public void A_parenthetical_maximum_is_the_same_kind_of_claim()
    {
        var claims = Extract.From("T3 speeds up communication-heavy sublayers by 30% geomean (max 47%).");

        Assert.Equal([(ClaimKind.Speedup, ClaimQualifier.Average), (ClaimKind.Speedup, ClaimQualifier.UpTo)], claims.Select(c => (c.Kind, c.Qualifier)));
    }

    [Fact]
    public void The_same_change_on_another_setting_keeps_the_hedge()
    {
        var claims = Extract.From("It reduces power consumption and execution time respectively by up to 54% and 44% on Jetson Nano and 40% and 62% on Raspberry PI.");

        Assert.Equal(4, claims.Count);
        Assert.All(claims, c => Assert.Equal((ClaimKind.Reduction, ClaimQualifier.UpTo), (c.Kind, c.Qualifier)));
    }

    [Fact]
    public void Does_not_join_numbers_of_different_clauses()
    {
        var claims = Extract.From("The model has 13 layers; it runs 2x faster.");

        Assert.Equal([2.0], claims.Select(c => c.Value));
    }

    [Fact]
    public void Items_that_repeat_the_lead_by_take_the_reading_of_the_first()
    {
        var claims = Extract.From("DeCoRe significantly improves performance on tasks requiring high contextual faithfulness, such as summarisation (XSum by 18.6%), instruction following (MemoTrap by 10.9%), and open-book question answering (NQ-Open by 2.4% and NQ-Swap by 5.5%).");

        Assert.Equal([18.6, 10.9, 2.4, 5.5], claims.Where(c => c.Kind == ClaimKind.Improvement).Select(c => c.Value));
    }

    [Fact]
    public void Items_that_repeat_a_bracketed_plus_take_the_reading_of_the_first()
    {
        var claims = Extract.From("SpARE resolves knowledge conflict, surpassing existing representation engineering methods (+10%) as well as contrastive decoding methods (+15%).");

        Assert.Equal([(ClaimKind.Improvement, 10.0), (ClaimKind.Improvement, 15.0)], claims.Select(c => (c.Kind, c.Value)));
    }

    [Fact]
    public void A_by_in_another_sentence_part_gives_no_reading()
    {
        var claims = Extract.From("Throughput improves by 20% on A100 GPUs; the cluster is shared by 30% of the users.");

        Assert.DoesNotContain(claims, c => c.Value == 30);
    }

    [Fact]
    public void Items_by_benchmark_after_commas_take_the_reading_of_the_first()
    {
        var claims = Extract.From("Our model improves accuracy by 4% on GSM8K, 3.5% on MATH, and 3% on SVAMP.");

        Assert.Equal([(ClaimKind.Improvement, 4.0), (ClaimKind.Improvement, 3.5), (ClaimKind.Improvement, 3.0)], claims.Select(c => (c.Kind, c.Value)));
    }

    [Fact]
    public void A_share_after_a_comma_and_a_new_clause_is_no_item()
    {
        var claims = Extract.From("Our model improves accuracy by 4% on GSM8K, while 30% of the training data is synthetic.");

        Assert.DoesNotContain(claims, c => c.Value == 30);
    }
}
