namespace ClaimScope.Core.Model;

/// <summary>Where a record came from: a file (or "-" for standard input) and a 1-based line.</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
