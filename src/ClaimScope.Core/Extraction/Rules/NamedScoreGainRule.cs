using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// A gain on a named score: "+2.1 BLEU", "improves the baseline by 2.1 mAP", "a 1.5 AP gain".
/// The name would otherwise make it a level (<see cref="NamedScoreMetricRule"/>). Percentage
/// points (<c>pp</c>) on 0–100 scores (mAP, mIoU, AP), <c>points</c> on the others.
/// </summary>
public sealed class NamedScoreGainRule : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        var token = candidate.Token;
        var text = candidate.Text;
        if (token.Unit != NumberUnit.None || token.IsWord || candidate.RightCount == 0 || candidate.Right(0).Start - token.End > 1)
        {
            return RuleOutcome.Pass;
        }

        var name = candidate.Right(0);
        var nameText = text.AsSpan(name.Start, name.End - name.Start);
        if (!NamedScoreMetricRule.IsScoreName(nameText))
        {
            return RuleOutcome.Pass;
        }

        var signed = token.Start > 0 && text[token.Start - 1] == '+';
        var gain = candidate.RightWord(1) is "gain" or "gains" or "improvement" or "improvements" or "increase" or "boost";
        if (!signed && !gain && !(candidate.LeftWord(0) == "by" && candidate.FindLeft(Cues.IsImprovement, 8) >= 0))
        {
            return RuleOutcome.Pass;
        }

        var unit = nameText is "mAP" or "mIoU" or "AP" ? "pp" : "points";
        var start = signed ? token.Start - 1 : token.Start;
        return RuleOutcome.Accept(ClaimKind.Improvement, unit, start, gain ? candidate.Right(1).End : name.End);
    }
}
