using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// An absolute score on a metric named beside a bare number: "an FID of 2.11", "FID score of
/// 5.75", "IS of 10.03", "17.86 FID", "9.74 IS". The metric's name becomes the unit.
/// </summary>
public sealed class NamedScoreMetricRule : IClaimRule
{
    private static readonly string[] Names = ["FID", "IS", "BLEU", "PSNR", "SSIM", "CIDEr", "ROUGE-L", "Elo", "gFID", "sFID", "CLIPScore"];

    public static bool IsScoreName(ReadOnlySpan<char> word)
    {
        foreach (var name in Names)
        {
            if (word.Equals(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public RuleOutcome Match(ClaimCandidate candidate)
    {
        if (candidate.Token.Unit != NumberUnit.None || candidate.Token.IsWord)
        {
            return RuleOutcome.Pass;
        }

        var text = candidate.Text;
        if (candidate.RightCount > 0 && candidate.Right(0).Start - candidate.Token.End <= 1)
        {
            var right = candidate.Right(0);
            if (IsScoreName(text.AsSpan(right.Start, right.End - right.Start)))
            {
                return RuleOutcome.Accept(ClaimKind.Metric, text[right.Start..right.End], right.Start, right.End);
            }
        }

        // "FID of 2.11", "FID score of 5.75", "IS of 9.87": the name, maybe "score", then "of".
        var of = candidate.LeftWord(0) == "of" ? 1 : -1;
        if (of < 0)
        {
            return RuleOutcome.Pass;
        }

        var nameAt = candidate.LeftWord(1) == "score" ? 2 : 1;
        if (nameAt >= candidate.LeftCount)
        {
            return RuleOutcome.Pass;
        }

        var name = candidate.Left(nameAt);
        return IsScoreName(text.AsSpan(name.Start, name.End - name.Start))
            ? RuleOutcome.Accept(ClaimKind.Metric, text[name.Start..name.End], name.Start, name.End)
            : RuleOutcome.Pass;
    }
}
