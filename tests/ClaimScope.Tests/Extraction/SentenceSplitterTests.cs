using ClaimScope.Core.Extraction.Text;

namespace ClaimScope.Tests.Extraction;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) => [.. SentenceSplitter.Split(text).Select(r => text[r])];

    [Fact]
    public void Splits_at_a_full_stop_before_a_capital()
    {
        Assert.Equal(["We train fast.", "It runs 3.2x faster."], Sentences("We train fast. It runs 3.2x faster."));
    }

    [Fact]
    public void Decimals_and_abbreviations_do_not_end_a_sentence()
    {
        var sentences = Sentences("Methods (e.g. FlashAttention) run 2.5x faster than vs. baselines. It scales.");

        Assert.Equal(["Methods (e.g. FlashAttention) run 2.5x faster than vs. baselines.", "It scales."], sentences);
    }

    [Fact]
    public void A_hard_wrap_is_not_a_sentence_end_but_a_blank_line_is()
    {
        Assert.Equal(["reduces memory\nby 40%", "Next part"], Sentences("reduces memory\nby 40%\n\nNext part"));
    }
}
