namespace ClaimScope.Core.Evaluation;

/// <summary>True positives, false positives and false negatives of one kind (or of all), with the ratios.</summary>
public sealed record KindScore(string Name, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    // An empty denominator means nothing was wrong: score it as perfect, not as a division error.
    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
