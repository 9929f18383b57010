using ClaimScope.Core.Extraction.Rules;

namespace ClaimScope.Tests.Extraction;

public class NameOrSizeFilterTests
{
    private readonly NameOrSizeFilter filter = new();

    [Theory]
    [InlineData("We release Llama-2-70B for research.", "70")]
    [InlineData("We train a 7B model.", "7")]
    [InlineData("It reaches high top-1 accuracy.", "1")]
    [InlineData("It was published in 2023.", "2023")]
    [InlineData("We observe mIoU differences of -0.73 pp.", "0.73 pp")]
    [InlineData("The cost grows as (R^2 times the window).", "2 times")]
    [InlineData("On ImageNet-64, SCT achieves 1-step FID 2.42 and 2-step FID 1.55.", "2")]
    [InlineData("It reaches 64% 5-shot accuracy on MMLU.", "5")]
    public void Rejects_names_sizes_years_and_losses(string sentence, string number)
    {
        Assert.Equal(RuleVerdict.Reject, filter.Match(Candidate.For(sentence, number)).Verdict);
    }

    [Theory]
    [InlineData("It speeds up pre-training by sim3x.", "3x")]
    [InlineData("Accelerators provide25-33X higher energy efficiency.", "25-33X")]
    [InlineData("It achieves an 11.8-point improvement on GSM8K.", "11.8-point")]
    public void Keeps_a_number_glued_to_a_lower_case_word(string sentence, string number)
    {
        Assert.Equal(RuleVerdict.Pass, filter.Match(Candidate.For(sentence, number)).Verdict);
    }
}
