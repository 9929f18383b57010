using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// Rejects a tolerance: a percentage or a number of points after "within" ("keeps accuracy within 2
/// percentage points of the dense model", "limits utility loss to within 1.6%", "within 1% of the
/// ground truth"). It bounds a loss or a distance; it is no gain. Every such phrase of the
/// 9,200-abstract corpus is a tolerance. Durations ("within 15 minutes") are left to the metric rules.
/// </summary>
public sealed class ToleranceFilter : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        if (candidate.Token.Unit is not (NumberUnit.Percent or NumberUnit.PercentagePoints or NumberUnit.Points))
        {
            return RuleOutcome.Pass;
        }

        var lead = candidate.LeftWord(0) is "only" or "just" or "about" or "roughly" or "approximately" ? 1 : 0;
        return candidate.LeftWord(lead) == "within" ? RuleOutcome.Reject : RuleOutcome.Pass;
    }
}
