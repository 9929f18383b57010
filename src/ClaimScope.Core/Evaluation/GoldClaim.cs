using ClaimScope.Core.Model;

namespace ClaimScope.Core.Evaluation;

/// <summary>
/// One hand-annotated claim from a gold file, in the guideline's field names. <see cref="Baseline"/>
/// is what the number is measured against when the abstract names it (null for none or a generic one).
/// </summary>
public sealed record GoldClaim(
    ClaimKind Kind,
    double Value,
    double? Low,
    string Unit,
    ClaimQualifier Qualifier,
    string Target,
    string Text,
    string? Baseline = null);
