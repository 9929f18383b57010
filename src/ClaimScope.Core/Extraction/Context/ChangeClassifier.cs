using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Context;

/// <summary>
/// Decides whether a factor or percentage states a speedup, a reduction or an improvement, from
/// the cue words around it: first the words right after the number ("3x faster", "40% less
/// memory"), then the verb before it and its object ("reduces memory by", "improves throughput by").
/// A throughput or speed object makes a gain a speedup; a cost or efficiency object makes it a
/// reduction; a lower-is-better quality (error, perplexity) makes a cut an improvement.
/// </summary>
public static class ChangeClassifier
{
    public static ChangeReading? Classify(ClaimCandidate candidate)
    {
        return FromRight(candidate) ?? FromLeft(candidate);
    }

    private static ChangeReading? FromRight(ClaimCandidate c)
    {
        for (var k = 0; k < Math.Min(3, c.RightCount); k++)
        {
            var word = c.RightWord(k);
            if (word is "and" or "while" or "with" or "on" or "in" && k > 0)
            {
                break;
            }

            var span = c.Right(k);
            if (Cues.IsSpeed(word) && word != "speed" || word is "speed" && k > 0)
            {
                return new(ClaimKind.Speedup, span.Start, span.End);
            }

            if (Cues.IsReduction(word))
            {
                var kind = ObjectIsLowerBetter(c, k + 1, 3) ? ClaimKind.Improvement : ClaimKind.Reduction;
                return new(kind, span.Start, span.End);
            }

            if (Cues.IsImprovement(word) || word is "more")
            {
                return new(ObjectKind(c, k + 1), span.Start, Extend(c, span.End, k + 1));
            }
        }

        return null;
    }

    private static ChangeReading? FromLeft(ClaimCandidate c)
    {
        for (var k = 0; k < Math.Min(7, c.LeftCount); k++)
        {
            var word = c.LeftWord(k);
            var span = c.Left(k);
            if (Cues.IsSpeed(word) && word is not ("throughput" or "mfu" or "tflops" or "fps" or "goodput" or "tokens/s"))
            {
                return new(ClaimKind.Speedup, span.Start, span.End);
            }

            if (IsVerb(word) && Cues.IsReduction(word) && word is not ("lower" or "less" or "fewer" or "smaller"))
            {
                var kind = ObjectLeftIsLowerBetter(c, k) ? ClaimKind.Improvement : ClaimKind.Reduction;
                return new(kind, span.Start, span.End);
            }

            if (IsVerb(word) && Cues.IsImprovement(word))
            {
                return new(ObjectLeftKind(c, k), span.Start, span.End);
            }
        }

        return null;
    }

    private static bool IsVerb(string word) =>
        word.EndsWith('s') || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
        || word is "reduce" or "cut" or "improve" or "boost" or "increase" or "enhance" or "outperform" or "accelerate" or "lower" or "save" or "decrease";

    /// <summary>The kind a gain has, read from its object on the right ("higher throughput", "better energy efficiency").</summary>
    private static ClaimKind ObjectKind(ClaimCandidate c, int from)
    {
        for (var k = from; k < Math.Min(from + 4, c.RightCount); k++)
        {
            var kind = TopicKind(c.RightWord(k));
            if (kind is not null)
            {
                return kind.Value;
            }
        }

        // "a 3.6x improvement" alone: the sentence's topic decides.
        return ObjectLeftKind(c, Math.Min(8, c.LeftCount));
    }

    private static ClaimKind ObjectLeftKind(ClaimCandidate c, int verbDistance)
    {
        for (var k = 0; k < verbDistance; k++)
        {
            var kind = TopicKind(c.LeftWord(k));
            if (kind is not null)
            {
                return kind.Value;
            }
        }

        return ClaimKind.Improvement;
    }

    private static ClaimKind? TopicKind(string word)
    {
        if (word is "throughput" or "speed" or "speeds" or "mfu" or "tflops" or "goodput" or "tokens/s" or "fps" or "requests" or "slo"
            || word.StartsWith("speedup", StringComparison.Ordinal) || word.StartsWith("accelerat", StringComparison.Ordinal))
        {
            return ClaimKind.Speedup;
        }

        if (word.StartsWith("efficien", StringComparison.Ordinal) || word is "cost-effective" or "cost-efficient" or "sparsity" or "compression")
        {
            return ClaimKind.Reduction;
        }

        return Cues.IsQuality(word) ? ClaimKind.Improvement : null;
    }

    private static bool ObjectIsLowerBetter(ClaimCandidate c, int from, int count)
    {
        for (var k = from; k < Math.Min(from + count, c.RightCount); k++)
        {
            if (Cues.IsLowerBetter(c.RightWord(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ObjectLeftIsLowerBetter(ClaimCandidate c, int verbDistance)
    {
        for (var k = 0; k < verbDistance; k++)
        {
            if (Cues.IsLowerBetter(c.LeftWord(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static int Extend(ClaimCandidate c, int end, int k) =>
        k < c.RightCount && c.Right(k).Start - end <= 2 ? c.Right(k).End : end;
}
