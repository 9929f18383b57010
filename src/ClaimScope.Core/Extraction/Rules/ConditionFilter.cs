using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// Rejects a number that sets the condition of another result rather than being one: a budget,
/// threshold or setting ("under a 50% token budget", "at 4x compression", "&lt;50 ms TPOT",
/// "with 50% sparsity", "a budget of $2,300").
/// </summary>
public sealed class ConditionFilter : IClaimRule
{
    private static readonly string[] Settings =
    [
        "budget", "budgets", "sparsity", "compression", "ratio", "ratios", "rate", "quantization", "bit", "bits", "subset",
        "threshold", "pruning", "masking", "retention", "keep", "context", "split", "noise", "dropout",
    ];

    public RuleOutcome Match(ClaimCandidate candidate)
    {
        var before = candidate.TextBefore(20).TrimEnd(" $~".AsSpan());
        if (before.EndsWith("<") || before.EndsWith("≤") || before.EndsWith("under", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("below", StringComparison.OrdinalIgnoreCase) || before.EndsWith("budget of", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("threshold of", StringComparison.OrdinalIgnoreCase) || before.EndsWith("ratio of", StringComparison.OrdinalIgnoreCase))
        {
            return RuleOutcome.Reject;
        }

        var lead = candidate.LeftWord(0) is "a" or "an" or "the" ? candidate.LeftWord(1) : candidate.LeftWord(0);
        if (lead == "at" && candidate.Token.Unit is NumberUnit.Percent or NumberUnit.Factor && ChangeClassifier.ClassifyRight(candidate) is null)
        {
            // "pruning at 25% of training", "at 4x compression": a setting, unless a change follows ("at 23% lower cost").
            return RuleOutcome.Reject;
        }

        if (lead is not ("at" or "under" or "with" or "using" or "for" or "of" or "given" or "just" or "only"))
        {
            return RuleOutcome.Pass;
        }

        for (var k = 0; k < Math.Min(3, candidate.RightCount); k++)
        {
            var word = candidate.RightWord(k);
            if (word == "of")
            {
                // "with only 40% of the data" is a share the method saves, read by a later rule.
                return RuleOutcome.Pass;
            }

            if (Array.IndexOf(Settings, word) >= 0)
            {
                return RuleOutcome.Reject;
            }
        }

        return RuleOutcome.Pass;
    }
}
