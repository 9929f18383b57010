using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// A share of cases is a rate the method reaches, whatever verb precedes it: "reduce runtime in
/// 65% to 72% of cases", "speeds up over 25% of the programs", "resolves 57.4% of issues".
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

        var noun = candidate.RightWord(1) is "the" or "all" ? 2 : 1;
        if (noun > 2 || Array.IndexOf(Cases, candidate.RightWord(noun)) < 0 || candidate.RightClauseCount <= noun)
        {
            return RuleOutcome.Pass;
        }

        return RuleOutcome.Accept(ClaimKind.Metric, "%", candidate.Token.Start, candidate.Right(noun).End);
    }
}
