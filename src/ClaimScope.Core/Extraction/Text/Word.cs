namespace ClaimScope.Core.Extraction.Text;

/// <summary>A word of a sentence, lower-cased, with its span in the abstract.</summary>
public readonly record struct Word(int Start, int End, string Lower);
