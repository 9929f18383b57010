namespace ClaimScope.Storage;

/// <summary>
/// What a re-extraction changed. Claims are matched by their evidence span: a span found only in
/// the new claims appeared, only in the old ones vanished, in both with different fields changed.
/// </summary>
public sealed record ReextractResult(int Papers, int Appeared, int Vanished, int Changed, int Unchanged);
