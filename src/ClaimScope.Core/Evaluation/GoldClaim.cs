using ClaimScope.Core.Model;

namespace ClaimScope.Core.Evaluation;

/// <summary>One hand-annotated claim from a gold file, in the guideline's field names.</summary>
public sealed record GoldClaim(
    ClaimKind Kind,
    double Value,
    double? Low,
    string Unit,
    ClaimQualifier Qualifier,
    string Target,
    string Text);
