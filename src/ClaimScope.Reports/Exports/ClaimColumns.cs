namespace ClaimScope.Reports.Exports;

/// <summary>The column names (and order) shared by claims.jsonl and claims.csv.</summary>
public static class ClaimColumns
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "paper_id", "title", "kind", "value", "low", "unit", "qualifier", "target", "baseline",
        "text", "start", "end", "source", "factor",
    ];
}
