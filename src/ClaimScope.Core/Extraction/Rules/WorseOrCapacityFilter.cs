using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// Rejects what the guideline excludes as no gain: things that get worse ("2x slower", "5%
/// overhead", "increases VRAM by 40%", "less than 1% accuracy reduction", "increasing 0-15% in
/// error") and capacity gains ("4x larger batch", "8x longer context", "10x increase in model size").
/// </summary>
public sealed class WorseOrCapacityFilter : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        var reach = Math.Min(3, candidate.RightClauseCount);
        for (var k = 0; k < reach; k++)
        {
            var word = candidate.RightWord(k);
            if (word is "and" or "while" or "with" or "compared" or "than" or "over")
            {
                break;
            }

            if (Cues.IsWorse(word) || IsHigherBetterCut(word, candidate, k))
            {
                return RuleOutcome.Reject;
            }

            // "22x larger", "2.2x larger KV caches": growth is capacity, unless a larger model is beaten (a size reduction).
            if (word is "larger" or "longer" or "bigger" && k == 0 && !(candidate.RightWord(1) is "model" or "models" or "llm" or "llms"))
            {
                return RuleOutcome.Reject;
            }

            if (word is "larger" or "longer" or "bigger" or "more" or "increase" && IsCapacity(candidate, k + 1))
            {
                return RuleOutcome.Reject;
            }

            if (word is "more" or "higher" or "increase" && IsCostGrowth(candidate.RightWord(k + 1), candidate.RightWord(k + 2)))
            {
                return RuleOutcome.Reject;
            }
        }

        // "supported context lengths 2-19x": the thing grown is a capacity.
        if (candidate.Token.Unit == NumberUnit.Factor && candidate.FindLeft(w => Cues.IsCapacity(w) || w is "lengths" or "length", 1) >= 0)
        {
            return RuleOutcome.Reject;
        }

        var increase = candidate.FindLeft(w => w.StartsWith("increas", StringComparison.Ordinal), 4);
        if (increase >= 0 && (candidate.FindLeft(w => IsCostGrowth(w, ""), increase) >= 0 || candidate.FindRight(Cues.IsLowerBetter, 3) >= 0))
        {
            return RuleOutcome.Reject;
        }

        // "a significant drop in accuracy by 16% to 33%": the loss is named before the number.
        if (candidate.LeftWord(0) == "by" && candidate.LeftWord(2) is "in" or "of" && IsHigherBetter(candidate.LeftWord(1))
            && candidate.LeftWord(3) is "drop" or "drops" or "decrease" or "degradation" or "loss" or "reduction" or "decline")
        {
            return RuleOutcome.Reject;
        }

        // "a reduction of only 0.2%" after a quality word: an accuracy loss.
        var cut = candidate.FindLeft(w => w is "reduction" or "drop" or "decrease" or "degradation", 3);
        return cut >= 0 && Cues.IsQuality(candidate.LeftWord(cut + 1)) && !Cues.IsLowerBetter(candidate.LeftWord(cut + 1))
            ? RuleOutcome.Reject
            : RuleOutcome.Pass;
    }

    private static bool IsCapacity(ClaimCandidate candidate, int k)
    {
        while (candidate.RightWord(k) is "in" or "the" or "of" or "average" or "maximum" && k < 5)
        {
            k++;
        }

        var word = candidate.RightWord(k);
        return Cues.IsCapacity(word) || word is "trainable" or "model" or "models" or "size" && candidate.FindLeft(w => w.StartsWith("outperform", StringComparison.Ordinal) || w is "than" or "matching" or "rivals", 6) < 0;
    }

    private static bool IsCostGrowth(string word, string next) =>
        (word is "memory" or "vram" or "latency" or "overhead" or "energy" or "power" or "parameters" or "gpus" or "servers")
        && next is not ("efficiency" or "savings" or "reduction");

    /// <summary>"1% accuracy reduction", "a drop in accuracy": a cut of something that should be high.</summary>
    private static bool IsHigherBetterCut(string word, ClaimCandidate candidate, int k)
    {
        if (!Cues.IsReduction(word) || word.StartsWith("efficien", StringComparison.Ordinal))
        {
            return false;
        }

        var before = candidate.RightWord(k - 1);
        var inOf = candidate.RightWord(k + 1) is "in" or "of";
        return IsHigherBetter(before) || (inOf && (IsHigherBetter(candidate.RightWord(k + 2)) || IsHigherBetter(candidate.RightWord(k + 3))));
    }

    private static bool IsHigherBetter(string word) =>
        word is "accuracy" or "performance" or "quality" or "f1" or "score" or "miou" or "map" or "bleu";
}
