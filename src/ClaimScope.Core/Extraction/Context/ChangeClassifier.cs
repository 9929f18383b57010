using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Context;

/// <summary>
/// Decides whether a factor or percentage states a speedup, a reduction or an improvement, from
/// the cue words around it: first the words right after the number in the same clause ("3x
/// faster", "40% less memory"), then the cue before it and its object ("reduces memory by",
/// "improves throughput by", "energy efficiency gains of"). A throughput or speed object makes a
/// gain a speedup; a cost or efficiency object makes it a reduction; a lower-is-better quality
/// (error, perplexity) makes a cut an improvement.
/// </summary>
public static class ChangeClassifier
{
    private const int RightReach = 5;
    private const int LeftReach = 14;

    /// <summary>Only the words after the number: "at 23% lower cost" is a change, "at 25%" a setting.</summary>
    public static ChangeReading? ClassifyRight(ClaimCandidate candidate) => FromRight(candidate);

    public static ChangeReading? Classify(ClaimCandidate candidate)
    {
        if (FromRight(candidate) is { } reading)
        {
            return reading;
        }

        // The first items of a list take their meaning from the words after the last one.
        var end = candidate.ListEnd();
        return (end == candidate ? null : FromRight(end)) ?? FromLeft(candidate);
    }

    private static ChangeReading? FromRight(ClaimCandidate c)
    {
        var reach = Math.Min(RightReach, c.RightClauseCount);
        for (var k = 0; k < reach; k++)
        {
            var word = c.RightWord(k);
            if (word is "and" or "while" or "with" or "on" or "in" or "for" or "at" or "to" or "of" or "compared" or "than" or "over" or "when" or "across")
            {
                break;
            }

            var span = c.Right(k);
            if (k == 0 && word == "mfu" && c.Token.Unit == Scanning.NumberUnit.Percent)
            {
                // "55.2% MFU" is a utilisation level, left to the metric rules; "improves MFU by 20%" is read from the left.
                return null;
            }

            if (Cues.IsSpeed(word) && word != "speed" || word is "speed" && k > 0)
            {
                return new(ClaimKind.Speedup, span.Start, span.End);
            }

            if (word is "larger" or "bigger" && c.RightWord(k + 1) is "model" or "models" or "llm" or "llms")
            {
                return new(ClaimKind.Reduction, span.Start, c.Right(k + 1).End);
            }

            if (Cues.IsReduction(word) && !word.StartsWith("efficien", StringComparison.Ordinal))
            {
                var kind = AnyRight(c, 0, k + 5, Cues.IsLowerBetter) ? ClaimKind.Improvement : ClaimKind.Reduction;
                return new(kind, span.Start, span.End);
            }

            if (Cues.IsImprovement(word) || word is "more")
            {
                // "30% more servers", "18 times more scans": a bare increase names no gain.
                var kind = BetweenKind(c, k) ?? ObjectKind(c, k + 1) ?? LeftTopicKind(c, 0, 4) ?? (IsBareIncrease(word) ? null : ClaimKind.Improvement);
                return kind is null ? null : new(kind.Value, span.Start, Extend(c, span.End, k + 1));
            }

            // "3x efficiency" is a saving; "100% scaling efficiency" is a level, left to the metric rules.
            if (word.StartsWith("efficien", StringComparison.Ordinal) && c.Token.Unit == Scanning.NumberUnit.Factor)
            {
                return new(ClaimKind.Reduction, span.Start, span.End);
            }
        }

        return null;
    }

    private static ChangeReading? FromLeft(ClaimCandidate c)
    {
        var limit = c.ClauseStartBefore();
        for (var k = 0; k < Math.Min(LeftReach, c.LeftCount) && c.Left(k).Start >= limit; k++)
        {
            var word = c.LeftWord(k);
            var span = c.Left(k);
            if (IsName(c, span))
            {
                // "compared to Accelerate": a capitalised word inside a sentence is a name, not a cue.
                continue;
            }

            if ((word.StartsWith("achiev", StringComparison.Ordinal) || word.StartsWith("reach", StringComparison.Ordinal)
                || word.StartsWith("attain", StringComparison.Ordinal) || word is "obtains" or "obtaining" or "scores" or "scoring")
                && !word.EndsWith("ment", StringComparison.Ordinal) && !word.EndsWith("ments", StringComparison.Ordinal))
            {
                // Only the verbs: "improves SLO attainment by 2.1x" names a quantity, not a level reached.
                // "reaching 50-73% of the maximum": the number is what is reached, a level, not a change.
                return null;
            }

            if (IsSpeedCue(word, c.LeftWord(k - 1)))
            {
                return new(ClaimKind.Speedup, span.Start, span.End);
            }

            // "memory drops by 50%", "perplexity falls by 3%": a fall of a cost is a saving, of an error a gain; of accuracy a loss.
            if (word is "drops" or "dropped" or "falls" or "fell" or "declines" or "declined" && IsByHedged(c, k))
            {
                var subject = c.LeftWord(k + 1);
                return Cues.IsLowerBetter(subject) ? new(ClaimKind.Improvement, span.Start, span.End)
                    : Cues.IsCost(subject) && !Cues.IsQuality(subject) ? new(ClaimKind.Reduction, span.Start, span.End)
                    : null;
            }

            if (IsReductionCue(word))
            {
                var kind = AnyLeft(c, 0, k, Cues.IsLowerBetter) ? ClaimKind.Improvement : ClaimKind.Reduction;
                return new(kind, span.Start, span.End);
            }

            // "higher controllability by ~33.8%", "lower latency by 20%": a comparative before "by".
            if (word is "higher" or "better" or "lower" or "less" && k >= 2 && k <= 4 && c.LeftWord(0) == "by")
            {
                var kind = word is "lower" or "less"
                    ? (AnyLeft(c, 0, k, Cues.IsLowerBetter) ? ClaimKind.Improvement : ClaimKind.Reduction)
                    : LeftTopicKind(c, 0, k) ?? ClaimKind.Improvement;
                return new(kind, span.Start, span.End);
            }

            if (IsImprovementCue(word))
            {
                // The object sits between the cue and the number ("improves throughput by") or, for a noun, before it ("energy efficiency gains of").
                var kind = LeftTopicKind(c, 0, k) ?? (IsGainNoun(word) ? LeftTopicKind(c, k + 1, k + 4) : null) ?? ClaimKind.Improvement;
                return new(kind, span.Start, span.End);
            }
        }

        return null;
    }

    /// <summary>Only "by" and hedges ("by $\\sim$", "by up to") stand between the cue at <paramref name="k"/> and the number.</summary>
    private static bool IsByHedged(ClaimCandidate c, int k)
    {
        for (var j = 0; j < k; j++)
        {
            if (c.LeftWord(j) is not ("by" or "sim" or "about" or "over" or "nearly" or "almost" or "around" or "roughly" or "approximately" or "up" or "to"))
            {
                return false;
            }
        }

        return k >= 1 && k <= 4 && c.LeftWord(k - 1) == "by";
    }

    private static bool IsName(ClaimCandidate c, Text.Word word) =>
        char.IsUpper(c.Text[word.Start]) && word.Start > c.Sentence.Start.GetOffset(c.Text.Length);

    private static bool IsGainNoun(string word) => word is "improvement" or "improvements" or "gain" or "gains" or "boost" or "increase" or "advances";

    private static bool IsBareIncrease(string word) => word is "more" or "higher" or "increase" or "increases" or "increased" or "larger";

    private static bool IsSpeedCue(string word, string next) =>
        word is "faster" or "speeds" or "speedup" or "speedups" or "speed-up" or "speed-ups" or "quicker"
        || (word.StartsWith("accelerat", StringComparison.Ordinal) && !word.StartsWith("accelerator", StringComparison.Ordinal))
        || (word == "speed" && next is "up" or "by");

    private static bool IsReductionCue(string word) =>
        Cues.IsReduction(word) && !word.StartsWith("efficien", StringComparison.Ordinal)
        && word is not ("lower" or "less" or "fewer" or "smaller" or "lesser" or "shorter" or "fraction");

    private static bool IsImprovementCue(string word) =>
        Cues.IsImprovement(word) && word is not ("higher" or "better");

    /// <summary>The kind a gain has, read from its object on the right ("higher throughput", "better energy efficiency").</summary>
    private static ClaimKind? ObjectKind(ClaimCandidate c, int from)
    {
        for (var k = from; k < Math.Min(from + 4, c.RightClauseCount); k++)
        {
            // "gain in throughput" reads on; "gain with less than 10% tokens" names another thing.
            if (c.RightWord(k) is "with" or "on" or "and" or "while" or "than" or "compared" or "over" or "for" or "at" or "across" or "to" or "from")
            {
                break;
            }

            if (TopicKind(c.RightWord(k)) is { } kind)
            {
                return kind;
            }
        }

        return null;
    }

    private static ClaimKind? BetweenKind(ClaimCandidate c, int cue)
    {
        for (var k = 0; k < cue; k++)
        {
            if (TopicKind(c.RightWord(k)) is { } kind)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The kind a topic on the left gives; a cost named there ("improving the constraints on the parameters") is no saving.</summary>
    private static ClaimKind? LeftTopicKind(ClaimCandidate c, int from, int to)
    {
        for (var k = from; k < Math.Min(to, c.LeftCount); k++)
        {
            if (TopicKind(c.LeftWord(k), costMeansSaving: false) is { } kind)
            {
                return kind;
            }
        }

        return null;
    }

    private static ClaimKind? TopicKind(string word, bool costMeansSaving = true)
    {
        if (word is "throughput" or "speed" or "speeds" or "mfu" or "tflops" or "goodput" or "tokens/s" or "fps" or "requests" or "slo" or "utilization"
            || word.StartsWith("speedup", StringComparison.Ordinal) || word.StartsWith("accelerat", StringComparison.Ordinal))
        {
            return ClaimKind.Speedup;
        }

        if (word.StartsWith("efficien", StringComparison.Ordinal) || word.StartsWith("cost", StringComparison.Ordinal)
            || word is "sparsity" or "compression" or "dollar" or "watt" or "joule" or "energy" or "runtime")
        {
            return ClaimKind.Reduction;
        }

        if (Cues.IsQuality(word))
        {
            return ClaimKind.Improvement;
        }

        // "improvement in FLOPs reduction", "improvement in latency": a gain on a cost is a saving.
        return costMeansSaving && ((Cues.IsCost(word) && word is not ("time" or "steps" or "samples" or "data")) || (Cues.IsReduction(word) && word is not ("lower" or "less" or "saving")))
            ? ClaimKind.Reduction
            : null;
    }

    private static bool AnyRight(ClaimCandidate c, int from, int to, Func<string, bool> test)
    {
        for (var k = from; k < Math.Min(to, c.RightClauseCount); k++)
        {
            if (c.RightWord(k) is "with" or "without" or "while" or "whereas" or "but")
            {
                // "4x KV cache compression with no loss": what follows belongs to another phrase.
                return false;
            }

            if (test(c.RightWord(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyLeft(ClaimCandidate c, int from, int to, Func<string, bool> test)
    {
        for (var k = from; k < Math.Min(to, c.LeftCount); k++)
        {
            if (test(c.LeftWord(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static int Extend(ClaimCandidate c, int end, int k) =>
        k < c.RightCount && c.Right(k).Start - end <= 2 ? c.Right(k).End : end;
}
