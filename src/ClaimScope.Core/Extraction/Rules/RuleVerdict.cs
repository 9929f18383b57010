namespace ClaimScope.Core.Extraction.Rules;

/// <summary>What a rule says about a number: no opinion, not a claim, or a claim.</summary>
public enum RuleVerdict
{
    /// <summary>The rule does not recognise the pattern; the next rule is asked.</summary>
    Pass,

    /// <summary>The number is not a claim (a name, a condition, a capacity); no further rule is asked.</summary>
    Reject,

    /// <summary>The number is a claim of the outcome's kind and unit.</summary>
    Accept,
}
