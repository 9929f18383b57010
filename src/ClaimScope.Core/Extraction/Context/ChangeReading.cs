using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Context;

/// <summary>The kind of change a number states and the span of the cue word that says so.</summary>
public readonly record struct ChangeReading(ClaimKind Kind, int CueStart, int CueEnd);
