namespace ClaimScope.Core.Extraction.Scanning;

/// <summary>
/// One number found in the text, with its unit and, for a range, its lower end. The span covers
/// the number, the range and the unit ("2-3x"), so a claim's evidence always contains it.
/// </summary>
public readonly record struct NumberToken
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required double Value { get; init; }

    public double? Low { get; init; }

    public required NumberUnit Unit { get; init; }

    /// <summary>The unit as written, for <see cref="NumberUnit.Measure"/> ("GB", "tokens/s").</summary>
    public string UnitText { get; init; }

    /// <summary>Written as a word ("twice", "an order of magnitude") rather than digits.</summary>
    public bool IsWord { get; init; }

    /// <summary>Glued to a word on its left ("Llama-2", "GPT4", "top-1"): usually part of a name.</summary>
    public bool AttachedLeft { get; init; }

    /// <summary>Glued to letters on its right that are no unit ("7B", "3D", "A100s"): usually a name or size.</summary>
    public bool AttachedRight { get; init; }
}
