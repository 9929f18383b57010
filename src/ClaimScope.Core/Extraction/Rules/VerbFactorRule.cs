using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// A number-word that is itself the verb: "halves the KV cache" is a 50% reduction of its object,
/// "doubles throughput" a 2x speedup. Doubling a cost ("doubles the memory") is no gain.
/// </summary>
public sealed class VerbFactorRule : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        var token = candidate.Token;
        if (!token.IsWord)
        {
            return RuleOutcome.Pass;
        }

        var word = candidate.Text.AsSpan(token.Start, token.End - token.Start);
        var halves = word.StartsWith("halv", StringComparison.OrdinalIgnoreCase);
        var multiplies = word.StartsWith("doubl", StringComparison.OrdinalIgnoreCase) || word.StartsWith("tripl", StringComparison.OrdinalIgnoreCase);
        if (!halves && !multiplies)
        {
            return RuleOutcome.Pass;
        }

        for (var k = 0; k < Math.Min(4, candidate.RightClauseCount); k++)
        {
            var next = candidate.RightWord(k);
            if (halves && (Cues.IsCost(next) || next is "kv" or "kv-cache"))
            {
                return RuleOutcome.Accept(ClaimKind.Reduction, "%", token.Start, candidate.Right(k).End);
            }

            if (halves && Cues.IsLowerBetter(next))
            {
                return RuleOutcome.Accept(ClaimKind.Improvement, "%", token.Start, candidate.Right(k).End);
            }

            if (multiplies && (Cues.IsSpeed(next) || next is "throughput"))
            {
                return RuleOutcome.Accept(ClaimKind.Speedup, "x", token.Start, candidate.Right(k).End);
            }

            if (multiplies && Cues.IsCost(next))
            {
                return RuleOutcome.Reject;
            }
        }

        return RuleOutcome.Pass;
    }
}
