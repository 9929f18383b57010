using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// An absolute percentage score the method reaches: "61.7% accuracy", "top-1 accuracy of 93.08%",
/// "achieves 48.1%", "resolves 57.4% of issues", "55.2% MFU". A percentage with no quality word and
/// no verb of achievement nearby (a share of data, a split) is left alone.
/// </summary>
public sealed class PercentMetricRule : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        if (candidate.Token.Unit != NumberUnit.Percent)
        {
            return RuleOutcome.Pass;
        }

        var right = candidate.FindRight(Cues.IsQuality, 3);
        if (right >= 0 && candidate.FindRight(w => w is "of" or "on" or "in", right) < 0)
        {
            return RuleOutcome.Accept(ClaimKind.Metric, "%", candidate.Token.Start, candidate.Right(right).End);
        }

        var left = candidate.FindLeft(Cues.IsQuality, 4);

        // "accuracy values ranging from 32.6% to 54.0%": a range of levels of a named quality.
        if (left >= 0 && candidate.Token.Low is not null && candidate.LeftWord(0) == "from" && candidate.LeftWord(1) is "ranging" or "varying")
        {
            return RuleOutcome.Accept(ClaimKind.Metric, "%", candidate.Left(left).Start, candidate.Token.End);
        }

        // "a duplicate rate of only 2.8%": a level can be hedged as small.
        var lead = candidate.LeftWord(0) is "only" or "just" or "merely" ? 1 : 0;
        if (left >= 0 && candidate.LeftWord(lead) is "of" or "to" or "reaching" or "reaches" or "achieving" or "achieves" or "at" or "with" or "is" or "was" or "exceeding" or "exceeds" or "above")
        {
            return RuleOutcome.Accept(ClaimKind.Metric, "%", candidate.Left(left).Start, candidate.Token.End);
        }

        if (left >= 0 && candidate.Token.Start > 0 && candidate.Text[candidate.Token.Start - 1] == '(')
        {
            return RuleOutcome.Accept(ClaimKind.Metric, "%", candidate.Left(left).Start, candidate.Token.End);
        }

        // "(52.1% on MMLU-Pro)", "and 88.4% across 40 LIBERO tasks": a bare score on a named benchmark.
        // A later item of a list ("13% on A and 18% on B") takes the reading of the list's first item instead.
        if (OnNamedBenchmark(candidate) is { } benchmarkEnd && !candidate.LeftWord(0).StartsWith("by", StringComparison.Ordinal) && !ContinuesList(candidate))
        {
            return RuleOutcome.Accept(ClaimKind.Metric, "%", candidate.Token.Start, benchmarkEnd);
        }

        var verb = candidate.FindLeft(Cues.IsResultVerb, 3);
        if (verb >= 0 && !candidate.LeftWord(0).StartsWith("by", StringComparison.Ordinal))
        {
            return RuleOutcome.Accept(ClaimKind.Metric, "%", candidate.Left(verb).Start, candidate.Token.End);
        }

        return RuleOutcome.Pass;
    }

    private static bool ContinuesList(ClaimCandidate candidate)
    {
        var before = candidate.TextBefore(8).TrimEnd();
        var joined = before.EndsWith("and", StringComparison.Ordinal) || before.EndsWith(",", StringComparison.Ordinal) || before.EndsWith("or", StringComparison.Ordinal);
        for (var j = candidate.Index - 1; joined && j >= 0; j--)
        {
            if (candidate.Tokens[j].Unit == candidate.Token.Unit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of "on X" / "across N X" right after the number when X is a name (capitalised), else null.</summary>
    private static int? OnNamedBenchmark(ClaimCandidate candidate)
    {
        var k = candidate.RightWord(0) is "on" or "across" ? 1 : candidate.RightWord(1) is "on" or "across" && candidate.Right(0).Lower.Length <= 3 ? 2 : -1;
        if (k < 0 || candidate.RightClauseCount <= k)
        {
            return null;
        }

        // "across 25 ManiSkill tasks": a count may stand between the preposition and the name.
        var marker = candidate.Right(k - 1);
        var name = candidate.Right(k);
        if (candidate.Text.AsSpan(marker.End, name.Start - marker.End).Trim() is var gap && !gap.IsEmpty && !int.TryParse(gap, out _))
        {
            return null;
        }

        return char.IsUpper(candidate.Text[name.Start]) && name.Lower is not ("the" or "average" or "all") ? name.End : null;
    }
}
