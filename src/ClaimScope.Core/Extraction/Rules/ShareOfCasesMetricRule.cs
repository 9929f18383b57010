using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// A share of cases is a rate the method reaches, whatever verb precedes it: "reduce runtime in
/// 65% to 72% of cases", "speeds up over 28% of the programs", "resolves 57.4% of issues", "covers 97.3% of the requested identities".
/// </summary>
public sealed class ShareOfCasesMetricRule : IClaimRule
{
    private static readonly string[] Cases =
    [
        "cases", "problems", "programs", "instances", "tasks", "queries", "issues", "questions", "benchmarks", "prompts", "examples",
    ];

    public RuleOutcome Match(ClaimCandidate candidate)
    {
        if (candidate.Token.Unit != NumberUnit.Percent || candidate.RightWord(0) != "of")
        {
            return RuleOutcome.Pass;
        }

        // "covers 97.3% of the requested identities": what the method covers is a coverage rate, whatever is covered.
        if (candidate.LeftWord(0) is "covers" or "covering" or "covered" && candidate.RightClauseCount > 1)
        {
            return RuleOutcome.Accept(ClaimKind.Metric, "%", candidate.Left(0).Start, candidate.Token.End);
        }

        var noun = candidate.RightWord(1) is "the" or "all" ? 2 : 1;
        if (noun > 2 || Array.IndexOf(Cases, candidate.RightWord(noun)) < 0 || candidate.RightClauseCount <= noun)
        {
            return RuleOutcome.Pass;
        }

        return RuleOutcome.Accept(ClaimKind.Metric, "%", candidate.Token.Start, candidate.Right(noun).End);
    }
}
