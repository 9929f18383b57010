using ClaimScope.Core.Extraction.Context;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>One claim pattern (or one kind of non-claim), asked in pipeline order about each number.</summary>
public interface IClaimRule
{
    RuleOutcome Match(ClaimCandidate candidate);
}
