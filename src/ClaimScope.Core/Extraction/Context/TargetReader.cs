using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Context;

/// <summary>
/// Names what a number is about ("inference", "kv cache", "accuracy"). The object of the cue
/// comes first: between a verb and the number ("reduces the peak memory footprint by" → peak
/// memory, nearest the number), or between the number and a cue after it and just beyond
/// ("3.2x inference speedup", "7x fewer parameters"); then the nearest topic word around.
/// </summary>
public static class TargetReader
{
    /// <summary>
    /// The target of the number; <paramref name="listTarget"/> is the target of the list item before it, which an item
    /// with no topic word of its own shares ("4% for hate speech, 3.5% for stance").
    /// </summary>
    public static string Read(ClaimCandidate candidate, ClaimKind kind, string unit, int cueStart = -1, int cueEnd = -1, string? listTarget = null)
    {
        var token = candidate.Token;
        string? Fit(string? topic) => topic is not null && TargetTopics.Fits(kind, topic, unit) ? topic : null;

        if (kind == ClaimKind.Metric && TargetTopics.OfScoreUnit(unit) is { } score)
        {
            return score;
        }

        // The words right after the number name it first: "3.2x inference speedup", "61.7% accuracy", "0.7 better perplexity".
        for (var k = 0; k < Math.Min(2, candidate.RightClauseCount) && !IsFunctionWord(candidate.RightWord(k)); k++)
        {
            if (Fit(TargetTopics.Find(candidate, k, right: true)) is { } adjacent)
            {
                return adjacent;
            }
        }

        if (kind == ClaimKind.Improvement && ComparedMetric(candidate) is { } compared)
        {
            return compared;
        }

        if (kind == ClaimKind.Improvement && candidate.RightWord(0) == "in" && candidate.RightClauseCount > 1)
        {
            // "3.6 points in domain QA accuracy and 12.1 points in mean general performance": each gain names its own metric.
            for (var k = 1; k < Math.Min(5, candidate.RightClauseCount) && !EndsItem(candidate, k); k++)
            {
                if (Fit(TargetTopics.Find(candidate, k, right: true)) is { } named)
                {
                    return named;
                }
            }
        }

        if (kind == ClaimKind.Metric && TargetTopics.OfUnit(unit) is { } implied)
        {
            return implied;
        }

        // A level named by its quantity ("face similarity from 0.462 to 0.499" has the unit "similarity") is about that quantity.
        if (kind == ClaimKind.Metric && unit.Length > 2 && unit.All(char.IsLetter))
        {
            return unit.ToLowerInvariant();
        }

        if (cueStart >= 0 && cueStart < token.Start)
        {
            // A gain noun is named by the words before it too ("accuracy improvements of", "energy efficiency gains of").
            var reach = 2;
            for (var k = 0; k < candidate.LeftCount && (candidate.Left(k).Start >= cueStart || reach-- > 0); k++)
            {
                if (Fit(TargetTopics.Find(candidate, k, right: false)) is { } topic)
                {
                    return topic;
                }
            }
        }

        if (cueEnd > token.End)
        {
            for (var k = 0; k < candidate.RightClauseCount && candidate.Right(k).Start <= cueEnd + 40 && !EndsItem(candidate, k); k++)
            {
                if (Fit(TargetTopics.Find(candidate, k, right: true)) is { } topic)
                {
                    return topic;
                }
            }
        }

        var right = Nearest(candidate, kind, unit, 5, right: true);
        var left = Nearest(candidate, kind, unit, 8, right: false);
        var pick = right.Distance >= 0 && (left.Distance < 0 || right.Distance <= left.Distance) ? right : left;
        if (pick.Distance >= 0)
        {
            return pick.Topic;
        }

        if (listTarget is not null)
        {
            return listTarget;
        }

        if (kind == ClaimKind.Speedup)
        {
            // A speedup with no topic beside it is about what its sentence speeds up, else the abstract.
            var far = Nearest(candidate, kind, unit, ClaimCandidate.SentenceReach, right: false);
            return far.Distance >= 0 ? far.Topic : SpeedTopicOfAbstract(candidate);
        }

        return kind switch
        {
            ClaimKind.Reduction => "compute",
            ClaimKind.Improvement => "accuracy",
            _ => "accuracy",
        };
    }

    /// <summary>A speedup with no topic near it is about what the sentence, else the abstract, speeds up: training or inference.</summary>
    private static string SpeedTopicOfAbstract(ClaimCandidate candidate)
    {
        var sentence = candidate.Surroundings();
        foreach (var topic in (ReadOnlySpan<string>)["training", "decoding", "sampling", "prefill", "throughput", "inference"])
        {
            if (sentence.Contains(topic, StringComparison.OrdinalIgnoreCase))
            {
                return topic;
            }
        }

        var text = candidate.Text.AsSpan(0, Math.Min(candidate.Text.Length, ClaimCandidate.AbstractReach));
        return text.Contains("training", StringComparison.OrdinalIgnoreCase) && !text.Contains("inference", StringComparison.OrdinalIgnoreCase) ? "training" : "inference";
    }

    /// <summary>"0.0985 higher CW-SSIM", "32.92 higher CLIP": a comparative right after the gain, then the metric's own name.</summary>
    private static string? ComparedMetric(ClaimCandidate candidate)
    {
        if (candidate.RightWord(0) is not ("higher" or "better" or "lower") || candidate.RightClauseCount < 2)
        {
            return null;
        }

        var name = candidate.Right(1);
        var text = candidate.Text.AsSpan(name.Start, name.End - name.Start);
        var upper = 0;
        foreach (var c in text)
        {
            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper >= 2 ? candidate.RightWord(1) : null;
    }

    /// <summary>
    /// "Coverage by 20.08 points and Pass Rate by 29.74 points": what follows "and" is the next item's, unless
    /// the number opens a list that shares it ("99% and 90% zero-shot task performance").
    /// </summary>
    private static bool EndsItem(ClaimCandidate candidate, int k) =>
        candidate.RightWord(k) is "and" or "while" or "but" or "whereas" && candidate.ListEnd() == candidate;

    private static bool IsFunctionWord(string word) =>
        word is "for" or "on" or "in" or "with" or "at" or "to" or "of" or "and" or "compared" or "than" or "over" or "while" or "across" or "by"
            or "from" or "when" or "during" or "per" or "under" or "within" or "without" or "via" or "through" or "the" or "a" or "an";

    private static (string Topic, int Distance) Nearest(ClaimCandidate candidate, ClaimKind kind, string unit, int max, bool right)
    {
        var count = right ? candidate.RightClauseCount : candidate.LeftCount;
        for (var k = 0; k < Math.Min(max, count); k++)
        {
            if (right && EndsItem(candidate, k))
            {
                break;
            }

            if (TargetTopics.Find(candidate, k, right) is { } topic && TargetTopics.Fits(kind, topic, unit))
            {
                return (topic, k);
            }
        }

        return ("", -1);
    }
}
