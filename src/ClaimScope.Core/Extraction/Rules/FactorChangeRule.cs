using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// A factor ("3.2x", "3times", "10-fold", "twice", "an order of magnitude") read as a speedup,
/// a reduction or an improvement from its cue words. A factor gain with no quality word named
/// ("improvements of up to 9.96x", "outperforms by 1.6 times") is a speedup, as factors of
/// quality are rare. With no cue beside it, the sentence's speed or cost vocabulary decides.
/// </summary>
public sealed class FactorChangeRule : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        if (candidate.Token.Unit != NumberUnit.Factor)
        {
            return RuleOutcome.Pass;
        }

        if (ChangeClassifier.Classify(candidate) is { } reading)
        {
            var kind = reading.Kind == ClaimKind.Improvement && !NamesQuality(candidate) ? ClaimKind.Speedup : reading.Kind;
            return RuleOutcome.Accept(kind, "x", reading.CueStart, reading.CueEnd);
        }

        // A bare factor in a list ("2.54x in Img64cond") borrows the sentence's speed topic, or a saving
        // named in its own clause; a number-word never does ("over four orders of magnitude").
        if (candidate.Token.IsWord)
        {
            return RuleOutcome.Reject;
        }

        var limit = candidate.ClauseStartBefore();
        for (var k = 0; k < Math.Min(candidate.LeftCount, ClaimCandidate.SentenceReach); k++)
        {
            var word = candidate.LeftWord(k);
            if (Cues.IsSpeed(word))
            {
                return RuleOutcome.Accept(ClaimKind.Speedup, "x");
            }

            if (Cues.IsReduction(word) && word is not "lower" && candidate.Left(k).Start >= limit)
            {
                return RuleOutcome.Accept(ClaimKind.Reduction, "x");
            }
        }

        return RuleOutcome.Pass;
    }

    /// <summary>
    /// Whether a quality is named: accuracy and the like always; "performance" only when the
    /// sentence says nothing of speed, kernels or latency ("2.8x performance gain" vs "kernel performance improvements of 1.78x").
    /// </summary>
    private static bool NamesQuality(ClaimCandidate candidate)
    {
        var sentence = candidate.Surroundings();
        var speedTalk = sentence.Contains("kernel", StringComparison.OrdinalIgnoreCase) || sentence.Contains("latency", StringComparison.OrdinalIgnoreCase)
            || sentence.Contains("speed", StringComparison.OrdinalIgnoreCase) || sentence.Contains("throughput", StringComparison.OrdinalIgnoreCase)
            || sentence.Contains("faster", StringComparison.OrdinalIgnoreCase);
        bool IsNamedQuality(string word) => Cues.IsQuality(word) && (word is not ("performance" or "rate" or "quality" or "score" or "resolution") || (word == "performance" && !speedTalk));
        return candidate.FindRight(IsNamedQuality, 5) >= 0 || candidate.FindLeft(IsNamedQuality, 6) >= 0;
    }
}
