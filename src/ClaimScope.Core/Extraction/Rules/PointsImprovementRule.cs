using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// A gain in points: "15 percentage points", "1.1p.p.", "an 11.1-point improvement", "+2.1 BLEU",
/// "+6.1 jump in win-rates", "0.7 better perplexity". Percentage points (<c>pp</c>) on 0–100
/// metrics, <c>points</c> on unbounded ones (perplexity, BLEU, FID).
/// </summary>
public sealed class PointsImprovementRule : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        var token = candidate.Token;
        var signed = token.Start > 0 && candidate.Text[token.Start - 1] == '+';
        var comparative = token.Unit == NumberUnit.None && candidate.RightWord(0) is "better" or "lower" or "higher";
        // "0.0985 higher CW-SSIM, 32.92 higher CLIP": a decimal gain on a metric named by its acronym.
        var namedMetric = comparative && candidate.RightWord(0) is "higher" or "better" && IsDecimal(candidate) && IsAcronym(candidate, 1);
        var bareBetter = (comparative && Cues.IsLowerBetter(candidate.RightWord(1))) || namedMetric;
        // "by up to 12.015 test perplexity points": the unit word a few words on.
        var pointsAfter = token.Unit == NumberUnit.None && candidate.FindRight(w => w is "points", 3) is var at and > 0
            && candidate.FindRight(Cues.IsQuality, at) >= 0;
        // "lowers perplexity by 0.8", "improves BLEU by 1.2": a bare change of an unbounded metric is in its points.
        var unboundedBy = token.Unit == NumberUnit.None && !token.IsWord && candidate.LeftWord(0) == "by" && candidate.FindLeft(IsUnbounded, 3) is var metric and > 0
            && candidate.FindLeft(w => Cues.IsReduction(w) || Cues.IsImprovement(w), metric + 2) > metric - 1;
        // "improves mAP by 3.4 on COCO": a bare gain of a 0-100 score named just before "by" is in percentage points.
        var boundedBy = token.Unit == NumberUnit.None && !token.IsWord && candidate.LeftWord(0) == "by" && candidate.FindLeft(IsBoundedScore, 3) is var score and > 0
            && candidate.FindLeft(Cues.IsImprovement, score + 2) > score - 1 && EndsThePhrase(candidate);
        if (token.Unit is not (NumberUnit.PercentagePoints or NumberUnit.Points) && !(signed && token.Unit == NumberUnit.None) && !bareBetter && !pointsAfter && !unboundedBy && !boundedBy)
        {
            return RuleOutcome.Pass;
        }

        var cue = candidate.FindRight(w => Cues.IsImprovement(w) || Cues.IsQuality(w), 5);
        var leftCue = candidate.FindLeft(w => Cues.IsImprovement(w) || Cues.IsQuality(w), 6);
        if (leftCue < 0 && cue < 0 && token.Unit == NumberUnit.Points && FollowsBy(candidate))
        {
            // "improves the performance of ... models, such as Llama3.1 70B and Qwen2 72B, by over 13 points": the verb's object can be long.
            // The nearest change word decides: "accuracy drops ... by 10 points" is no gain.
            var change = candidate.FindLeft(w => Cues.IsImprovement(w) || Cues.IsWorse(w) || Cues.IsReduction(w), ClaimCandidate.SentenceReach);
            leftCue = change >= 0 && Cues.IsImprovement(candidate.LeftWord(change)) ? change : -1;
        }
        if (cue < 0 && leftCue < 0 && token.Unit != NumberUnit.PercentagePoints)
        {
            return RuleOutcome.Pass;
        }

        var unbounded = candidate.FindRight(IsUnbounded, 3) >= 0 || candidate.FindLeft(IsUnbounded, 3) >= 0;
        var unit = token.Unit == NumberUnit.PercentagePoints || (!unbounded && !namedMetric) ? "pp" : "points";
        var start = leftCue >= 0 && leftCue < 3 ? candidate.Left(leftCue).Start : token.Start;
        var end = cue >= 0 && cue < 3 ? candidate.Right(cue).End : token.End;
        return RuleOutcome.Accept(ClaimKind.Improvement, unit, start, end);
    }

    private static bool IsDecimal(ClaimCandidate candidate) =>
        !candidate.Token.IsWord && candidate.Text.AsSpan(candidate.Token.Start, candidate.Token.End - candidate.Token.Start).Contains('.');

    private static bool IsAcronym(ClaimCandidate candidate, int k)
    {
        if (k >= candidate.RightCount)
        {
            return false;
        }

        var word = candidate.Text.AsSpan(candidate.Right(k).Start, candidate.Right(k).End - candidate.Right(k).Start);
        var upper = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (!char.IsDigit(c) && c != '-')
            {
                return false;
            }
        }

        return upper >= 2;
    }

    /// <summary>"by 3.4", "by more than 9", "by an average of 2.1": "by" with at most three hedge words before the number.</summary>
    private static bool FollowsBy(ClaimCandidate candidate) => candidate.LeftWord(candidate.LeftHedgeCount()) == "by";

    /// <summary>The number closes its phrase ("by 3.4 on COCO", "by 3.4."), so no unit word of its own follows.</summary>
    private static bool EndsThePhrase(ClaimCandidate candidate) =>
        candidate.RightClauseCount == 0
        || candidate.RightWord(0) is "on" or "in" or "over" or "across" or "compared" or "relative" or "while" or "and" or "with" or "at" or "for" or "when";

    private static bool IsBoundedScore(string word) =>
        word is "accuracy" or "map" or "miou" or "f1" or "ap" or "auc" or "auroc" or "iou" or "recall" or "precision" or "pass@1" or "ndcg" or "mrr";

    private static bool IsUnbounded(string word) =>
        word is "perplexity" or "bleu" or "fid" or "rouge" or "cider" or "elo" or "psnr" or "mae" or "loss";
}
