using ClaimScope.Core.Extraction.Context;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// Rejects a number whose cue is negated: "not exceeding half of their training lengths", "does
/// not improve it by 1%", "fails to reach 50%". Such numbers describe a limit or the problem,
/// not a result. "Not only", "not more than" and "not less than" are hedges, not negations.
/// </summary>
public sealed class NegatedChangeFilter : IClaimRule
{
    private const int Reach = 3;

    public RuleOutcome Match(ClaimCandidate candidate)
    {
        for (var k = 1; k <= Reach && k < candidate.LeftCount; k++)
        {
            if (candidate.LeftWord(k) is not ("not" or "never" or "fail" or "fails" or "failed" or "cannot"))
            {
                continue;
            }

            // "fails to reach": the negated word is the one after "to".
            var negated = candidate.LeftWord(k - 1) == "to" && k >= 2 ? candidate.LeftWord(k - 2) : candidate.LeftWord(k - 1);
            return negated is "only" or "just" or "merely" or "more" or "less" or "fewer" ? RuleOutcome.Pass : RuleOutcome.Reject;
        }

        return RuleOutcome.Pass;
    }
}
