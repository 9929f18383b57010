namespace ClaimScope.Tests.Extraction;

public class FilterTests
{
    [Theory]
    [InlineData("We release Llama-2-70B and a 7B model trained in 2023.")]
    [InlineData("It reaches high top-1 accuracy with pass@1 evaluation.")]
    [InlineData("Under a 50% token budget, our method stays robust.")]
    [InlineData("At 4x compression the model still works.")]
    [InlineData("Training is 2x slower than the baseline.")]
    [InlineData("It supports a 4x larger batch size on the same GPU.")]
    [InlineData("The method increases VRAM by 40% during training.")]
    [InlineData("We study 13 tasks in 5 languages across (1) text and (2) images.")]
    public void Non_claims_stay_out(string sentence)
    {
        Assert.Empty(Extract.From(sentence));
    }
}
