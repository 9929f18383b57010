using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// "Uses only N% of X" / "reduces X to N%" is a reduction of 100 − N percent when X is a cost:
/// "with only 40% of the data" → 60 %, "only 15% of the computational cost" → 88 %,
/// "reduce the total compute ... to 64%" → 36 %.
/// </summary>
public sealed class ShareOfCostRule : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        var token = candidate.Token;
        if (token.Unit != NumberUnit.Percent || token.Value >= 100 || token.Low is not null)
        {
            return RuleOutcome.Pass;
        }

        if (candidate.LeftWord(0) == "to" && candidate.LeftWord(1) != "up" && candidate.FindLeft(w => w.StartsWith("reduc", StringComparison.Ordinal) || w.StartsWith("cut", StringComparison.Ordinal), 10) is var verb and >= 0
            && candidate.FindLeft(Cues.IsLowerBetter, verb + 1) < 0)
        {
            return Saving(candidate, candidate.Left(verb).Start, token.End);
        }

        // "half the memory" says "of" without the word.
        var of = candidate.RightWord(0) == "of" || (token.IsWord && candidate.RightWord(0) == "the") ? 0 : -2;
        if (of == -2 && !(Cues.IsCost(candidate.RightWord(0)) && IsFrugal(candidate, 2) >= 0))
        {
            return RuleOutcome.Pass;
        }

        var cost = candidate.FindRight(w => Cues.IsCost(w) && !w.StartsWith("sav", StringComparison.Ordinal), 5);
        if (cost < 0 || candidate.FindRight(Cues.IsQuality, cost) >= 0)
        {
            return RuleOutcome.Pass;
        }

        var frugal = IsFrugal(candidate, 3);
        // "runs in half the time": a spelled-out share of a cost after "in" is a saving too.
        if (frugal < 0 && candidate.FindLeft(w => w is "using" or "uses" or "use" or "requires" or "requiring" or "needs" or "consumes" or "consuming" or "retains" or "retaining" or "with"
            || (token.IsWord && w == "in"), 2) < 0)
        {
            return RuleOutcome.Pass;
        }

        var start = frugal >= 0 ? candidate.Left(frugal).Start : token.Start;
        return Saving(candidate, start, candidate.Right(cost).End);
    }

    /// <summary>Where "only", "just" or "less than" stands before the share; "more than" is no saving.</summary>
    private static int IsFrugal(ClaimCandidate candidate, int reach)
    {
        var at = candidate.FindLeft(w => w is "only" or "just" or "merely" or "mere" or "than", reach);
        return at >= 0 && candidate.LeftWord(at) == "than" && candidate.LeftWord(at + 1) is not ("less" or "fewer") ? -1 : at;
    }

    private static RuleOutcome Saving(ClaimCandidate candidate, int cueStart, int cueEnd)
    {
        var lessThan = candidate.TextBefore(12).TrimEnd().EndsWith("less than", StringComparison.OrdinalIgnoreCase);
        return RuleOutcome.Accept(ClaimKind.Reduction, "%", cueStart, cueEnd) with
        {
            Value = Math.Round(100 - candidate.Token.Value, 2),
            Qualifier = lessThan ? ClaimQualifier.AtLeast : null,
        };
    }
}
