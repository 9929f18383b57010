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
        if (candidate.Token.Unit != NumberUnit.Percent || IsReachedLevel(candidate))
        {
            return RuleOutcome.Pass;
        }

        // "61.7% accuracy" names a level; only "by 16.5% in accuracy" or a change word makes it a change.
        if (Cues.IsQuality(candidate.RightWord(0)) && candidate.RightClauseCount > 0 && candidate.LeftWord(0) != "by"
            && candidate.FindRight(w => Cues.IsImprovement(w) || Cues.IsReduction(w) || Cues.IsSpeed(w), 3) < 0)
        {
            return RuleOutcome.Pass;
        }

        if (ChangeClassifier.Classify(candidate) is not { } reading)
        {
            return RuleOutcome.Pass;
        }

        var absolute = reading.Kind == ClaimKind.Improvement
            && IsAbsolute(candidate);
        return RuleOutcome.Accept(reading.Kind, absolute ? "pp" : "%", reading.CueStart, reading.CueEnd);
    }

    private static bool IsAbsolute(ClaimCandidate candidate)
    {
        var right = candidate.FindRight(w => w is "absolute", 3);
        var left = candidate.FindLeft(w => w is "absolute", 3);
        return (right >= 0 && candidate.RightWord(right + 1) is not ("error" or "percentage"))
            || (left >= 0 && candidate.LeftWord(left - 1) is not ("error" or "percentage"));
    }

    /// <summary>"to 85%", "of 85%", "is 85%" state a level reached, not a change ("up to 40%" is still a change).</summary>
    private static bool IsReachedLevel(ClaimCandidate candidate) => candidate.LeftWord(0) switch
    {
        // "improvements of 15%", "by an average of 55.7%" are changes; "accuracy of 85%" is a level.
        "of" => candidate.FindLeft(IsChangeNoun, 5) < 0 && candidate.FindLeft(w => w is "by", 4) < 0,
        "is" or "was" => ChangeClassifier.ClassifyRight(candidate) is null,
        "to" => candidate.LeftWord(1) != "up",

        // "element recognition rate exceeding 70%": a quality named right before states a level it passes.
        "exceeding" or "exceeds" or "above" => Cues.IsQuality(candidate.LeftWord(1)),
        _ => false,
    };

    private static bool IsChangeNoun(string word) =>
        word is "average" or "factor" or "margin" || word.StartsWith("improvement", StringComparison.Ordinal) || word.StartsWith("gain", StringComparison.Ordinal)
        || word.StartsWith("reduction", StringComparison.Ordinal) || word.StartsWith("saving", StringComparison.Ordinal)
        || word.StartsWith("speedup", StringComparison.Ordinal) || word.StartsWith("increase", StringComparison.Ordinal) || word.StartsWith("decrease", StringComparison.Ordinal);
}
