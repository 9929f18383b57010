using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// An absolute score on a metric named beside a bare number: "an FID of 2.14", "FID score of
/// 5.75", "IS of 10.03", "17.86 FID", "9.74 IS", "4-step FID 2.45". The metric's name becomes the unit.
/// </summary>
public sealed class NamedScoreMetricRule : IClaimRule
{
    private static readonly string[] Names =
    [
        "FID", "IS", "BLEU", "PSNR", "SSIM", "CIDEr", "ROUGE-L", "Elo", "gFID", "sFID", "CLIPScore", "mAP", "mIoU", "AP", "AUC", "AUROC",
        "NDCG", "MRR", "METEOR", "rFID", "FVD", "LPIPS", "VBench", "GenEval", "CLIP-Score", "SPL",
    ];

    /// <summary>"a scaling efficiency of 0.97", "median human-normalized score of 0.418", "(r=0.89)": a decimal below ten named by its quantity.</summary>
    private static RuleOutcome? BareQuantity(ClaimCandidate candidate)
    {
        var token = candidate.Token;
        var text = candidate.Text;
        var isDecimal = text.AsSpan(token.Start, token.End - token.Start).Contains('.') && token.Value < 10 && token.Low is null;
        var lead = token.Start > 0 && text[token.Start - 1] == '=' ? 0 : candidate.LeftWord(0) == "of" ? 1 : -1;
        if (!isDecimal || lead < 0 || Array.IndexOf(BareQuantities, candidate.LeftWord(lead)) < 0 || candidate.LeftWord(lead + 1) is "learning" or "weight")
        {
            return null;
        }

        var name = candidate.Left(lead);
        var modifier = candidate.Left(Math.Min(lead + 1, candidate.LeftCount - 1));
        var start = modifier.End + 1 == name.Start && candidate.LeftWord(Math.Min(lead + 1, candidate.LeftCount - 1)) is not ("a" or "an" or "the") ? modifier.Start : name.Start;
        return RuleOutcome.Accept(ClaimKind.Metric, text[start..name.End], start, token.End);
    }

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

    /// <summary>Quantities whose bare decimal value is a result: "a scaling efficiency of 0.97", "a correlation of 0.89".</summary>
    private static readonly string[] BareQuantities = ["efficiency", "correlation", "score", "auc", "auroc", "f1", "r"];

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

        // "4-step FID 2.45": the name right before the number; a thousands count after it is a sample size ("FID 50000").
        if (candidate.LeftCount > 0 && candidate.Token.Start - candidate.Left(0).End == 1 && candidate.Token.Value < 1000 && !candidate.Token.AttachedRight)
        {
            var left = candidate.Left(0);
            if (IsScoreName(text.AsSpan(left.Start, left.End - left.Start)))
            {
                return RuleOutcome.Accept(ClaimKind.Metric, text[left.Start..left.End], left.Start, candidate.Token.End);
            }
        }

        // "FID of 2.11", "FID score of 5.78", "IS of 9.87": the name, maybe "score", then "of".
        var nameAt = candidate.LeftWord(1) == "score" ? 2 : 1;
        if (candidate.LeftWord(0) == "of" && nameAt < candidate.LeftCount)
        {
            var name = candidate.Left(nameAt);
            if (IsScoreName(text.AsSpan(name.Start, name.End - name.Start)))
            {
                return RuleOutcome.Accept(ClaimKind.Metric, text[name.Start..name.End], name.Start, name.End);
            }

            // "an MT-Bench score of 8.1", "an overall score of 7.9": any named score is an open class.
            if (nameAt == 2 && char.IsUpper(text[name.Start]) && !candidate.Token.AttachedRight)
            {
                return RuleOutcome.Accept(ClaimKind.Metric, text[name.Start..candidate.Left(1).End], name.Start, candidate.Token.End);
            }
        }

        return BareQuantity(candidate) ?? RuleOutcome.Pass;
    }
}
