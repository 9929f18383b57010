namespace ClaimScope.Core.Model;

/// <summary>
/// The wire names of kinds and qualifiers, shared by every export and by the gold files,
/// so that "up to" and "speedup" are spelled one way across the product.
/// </summary>
public static class ClaimVocabulary
{
    public static string ToWire(this ClaimKind kind) => kind switch
    {
        ClaimKind.Speedup => "speedup",
        ClaimKind.Reduction => "reduction",
        ClaimKind.Improvement => "improvement",
        ClaimKind.Metric => "metric",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ToWire(this ClaimQualifier qualifier) => qualifier switch
    {
        ClaimQualifier.None => "",
        ClaimQualifier.UpTo => "up to",
        ClaimQualifier.AtLeast => "at least",
        ClaimQualifier.About => "about",
        ClaimQualifier.Average => "average",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
    };

    public static bool TryParseKind(string? text, out ClaimKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "speedup": kind = ClaimKind.Speedup; return true;
            case "reduction": kind = ClaimKind.Reduction; return true;
            case "improvement": kind = ClaimKind.Improvement; return true;
            case "metric": kind = ClaimKind.Metric; return true;
            default: kind = default; return false;
        }
    }

    public static ClaimQualifier ParseQualifier(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "up to" => ClaimQualifier.UpTo,
        "at least" => ClaimQualifier.AtLeast,
        "about" => ClaimQualifier.About,
        "average" => ClaimQualifier.Average,
        _ => ClaimQualifier.None,
    };
}
