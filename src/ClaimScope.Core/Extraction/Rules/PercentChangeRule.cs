using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// A percentage that states a change: "reduces memory by 40%", "40% less memory", "15% faster",
/// "outperforms by 3.2%", "halves the KV cache". "Absolute" or "points" turn a gain into <c>pp</c>.
/// A percentage reached ("improves accuracy to 85%") is left to the metric rules.
/// </summary>
public sealed class PercentChangeRule : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        if (candidate.Token.Unit != NumberUnit.Percent || candidate.LeftWord(0) is "to" or "of" or "at" or "is" or "was")
        {
            return RuleOutcome.Pass;
        }

        if (ChangeClassifier.Classify(candidate) is not { } reading)
        {
            return RuleOutcome.Pass;
        }

        var absolute = reading.Kind == ClaimKind.Improvement
            && (candidate.FindRight(w => w is "absolute", 3) >= 0 || candidate.FindLeft(w => w is "absolute", 3) >= 0);
        return RuleOutcome.Accept(reading.Kind, absolute ? "pp" : "%", reading.CueStart, reading.CueEnd);
    }
}
