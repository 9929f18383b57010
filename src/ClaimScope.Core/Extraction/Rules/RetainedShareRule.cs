using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// "retains 96% of the accuracy", "recovering over 90% of baseline performance", "preserves
/// 99.4% of baseline quality": the share of a quality a method keeps is an absolute level it
/// reaches, a metric, whatever change words stand near it ("96% of accuracy at a 4x FLOP
/// reduction" is no reduction of 96%). A share of a cost ("retaining 50% of tokens") is left to
/// the share-of-cost rule.
/// </summary>
public sealed class RetainedShareRule : IClaimRule
{
    private const int QualityReach = 5;

    public RuleOutcome Match(ClaimCandidate candidate)
    {
        if (candidate.Token.Unit != NumberUnit.Percent || candidate.RightWord(0) != "of")
        {
            return RuleOutcome.Pass;
        }

        var k = candidate.LeftHedgeCount();
        if (!IsKeepVerb(candidate.LeftWord(k)))
        {
            return RuleOutcome.Pass;
        }

        for (var r = 1; r < Math.Min(QualityReach, candidate.RightClauseCount); r++)
        {
            var word = candidate.RightWord(r);
            if (Cues.IsCost(word))
            {
                return RuleOutcome.Pass;
            }

            if (Cues.IsQuality(word))
            {
                return RuleOutcome.Accept(ClaimKind.Metric, "%", candidate.Left(k).Start, candidate.Right(r).End);
            }
        }

        return RuleOutcome.Pass;
    }

    private static bool IsKeepVerb(string word) =>
        word.StartsWith("retain", StringComparison.Ordinal) || word.StartsWith("recover", StringComparison.Ordinal)
        || word.StartsWith("maintain", StringComparison.Ordinal) || word.StartsWith("preserv", StringComparison.Ordinal)
        || word is "keeps" or "keeping" or "keep";
}
