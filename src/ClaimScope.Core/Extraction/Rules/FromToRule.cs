using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// "From A to B": only B, the value the method reaches, is a claim, and it is a metric
/// ("top-1 accuracy from 67.2% to 80.0%", "peak memory from 42GB to 11GB"). A factor B is left to the change rules.
/// </summary>
public sealed class FromToRule : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        var token = candidate.Token;
        // A starting value is never the claim, even when more words stand before the "to" ("from 15.9% with one sample to 56%").
        if (candidate.TextBefore(6).TrimEnd().EndsWith("from", StringComparison.OrdinalIgnoreCase)
            && candidate.TextAfter(50).Contains(" to ", StringComparison.Ordinal))
        {
            return RuleOutcome.Reject;
        }

        if (candidate.Previous is not { } previous || Between(candidate.Text, previous.End, token.Start) is not (" to " or " to just " or " to only "))
        {
            return RuleOutcome.Pass;
        }

        var sentenceStart = candidate.Sentence.Start.GetOffset(candidate.Text.Length);
        var beforeA = candidate.Text.AsSpan(sentenceStart, previous.Start - sentenceStart).TrimEnd();
        if (!beforeA.EndsWith("from", StringComparison.OrdinalIgnoreCase) || token.Unit == NumberUnit.Factor)
        {
            return RuleOutcome.Pass;
        }

        var unit = token.Unit switch
        {
            NumberUnit.Percent => "%",
            NumberUnit.Measure => token.UnitText,
            _ => ScoreName(candidate),
        };
        return unit.Length == 0 ? RuleOutcome.Pass : RuleOutcome.Accept(ClaimKind.Metric, unit, previous.Start, token.End);
    }

    private static string Between(string text, int start, int end) => end > start && end - start < 12 ? text[start..end] : "";

    private static string ScoreName(ClaimCandidate candidate)
    {
        for (var k = 0; k < Math.Min(6, candidate.LeftCount); k++)
        {
            var word = candidate.Left(k);
            if (NamedScoreMetricRule.IsScoreName(candidate.Text.AsSpan(word.Start, word.End - word.Start)))
            {
                return candidate.Text[word.Start..word.End];
            }
        }

        return "";
    }
}
