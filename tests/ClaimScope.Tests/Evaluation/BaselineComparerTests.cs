using ClaimScope.Core.Evaluation;

namespace ClaimScope.Tests.Evaluation;

public class BaselineComparerTests
{
    [Fact]
    public void Both_absent_agree_and_one_absent_does_not()
    {
        Assert.True(BaselineComparer.Agree(null, null));
        Assert.False(BaselineComparer.Agree("vLLM", null));
        Assert.False(BaselineComparer.Agree(null, "vLLM"));
    }

    [Fact]
    public void Case_punctuation_and_a_version_suffix_are_ignored()
    {
        Assert.True(BaselineComparer.Agree("eagle3", "EAGLE-3"));
        Assert.True(BaselineComparer.Agree("EAGLE", "EAGLE-3"));
        Assert.True(BaselineComparer.Agree("Flash Attention", "FlashAttention-2"));
    }

    [Fact]
    public void One_name_containing_the_other_agrees_but_different_systems_do_not()
    {
        Assert.True(BaselineComparer.Agree("the A100", "A100"));
        Assert.False(BaselineComparer.Agree("SGLang", "vLLM"));
    }

    [Fact]
    public void Several_gold_baselines_each_need_a_predicted_partner()
    {
        Assert.True(BaselineComparer.Agree("GAP; Sage", "GAP; Sage"));
        Assert.False(BaselineComparer.Agree("GAP", "GAP; Sage"));
    }
}
