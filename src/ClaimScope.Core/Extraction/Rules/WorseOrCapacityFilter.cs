using ClaimScope.Core.Extraction.Context;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// Rejects what the guideline excludes as no gain: things that get worse ("2x slower", "5%
/// overhead", "a 1% accuracy drop") and capacity gains ("4x larger batch", "8x longer context").
/// </summary>
public sealed class WorseOrCapacityFilter : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        for (var k = 0; k < Math.Min(3, candidate.RightCount); k++)
        {
            var word = candidate.RightWord(k);
            if (word is "and" or "while" or "with" or "compared" or "than" or "over")
            {
                break;
            }

            if (Cues.IsWorse(word))
            {
                return RuleOutcome.Reject;
            }

            if (word is "larger" or "longer" or "bigger" or "more" && Cues.IsCapacity(candidate.RightWord(k + 1)))
            {
                return RuleOutcome.Reject;
            }

            if (word is "more" && candidate.RightWord(k + 1) is "memory" or "parameters" or "compute" or "data" or "tokens" or "gpus")
            {
                return RuleOutcome.Reject;
            }
        }

        return RuleOutcome.Pass;
    }
}
