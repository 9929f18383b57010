using System.Globalization;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Evaluation;

/// <summary>Writes an evaluation as a plain-text table; verbose adds every miss, grouped by kind.</summary>
public static class EvaluationReport
{
    public static void Write(TextWriter output, EvaluationResult result, bool verbose)
    {
        output.WriteLine(Invariant($"Papers scored: {result.PapersScored}   gold papers not in the inputs: {result.GoldPapersNotFound.Count}"));
        output.WriteLine();
        output.WriteLine(Invariant($"{"kind",-12} {"TP",5} {"FP",5} {"FN",5} {"precision",10} {"recall",8} {"F1",6}"));
        foreach (var score in result.PerKind.Append(result.Overall))
        {
            output.WriteLine(Invariant(
                $"{score.Name,-12} {score.TruePositives,5} {score.FalsePositives,5} {score.FalseNegatives,5} {score.Precision,10:0.000} {score.Recall,8:0.000} {score.F1,6:0.000}"));
        }

        output.WriteLine();
        output.WriteLine(Invariant($"Matched pairs: {result.MatchedPairs}   qualifier accuracy: {result.QualifierAccuracy:0.000}   target accuracy: {result.TargetAccuracy:0.000}"));
        if (!verbose)
        {
            return;
        }

        foreach (var title in result.GoldPapersNotFound)
        {
            output.WriteLine(Invariant($"not in the inputs: {title}"));
        }

        WriteMisses(output, "False negatives (in the gold, not predicted)", result.FalseNegatives);
        WriteMisses(output, "False positives (predicted, not in the gold)", result.FalsePositives);
    }

    private static void WriteMisses(TextWriter output, string heading, IReadOnlyList<ClaimMiss> misses)
    {
        output.WriteLine();
        output.WriteLine(Invariant($"{heading}: {misses.Count}"));
        foreach (var group in misses.GroupBy(m => m.Kind).OrderBy(g => g.Key))
        {
            output.WriteLine(Invariant($"  {group.Key.ToWire()} ({group.Count()})"));
            foreach (var miss in group)
            {
                var text = miss.Text.ReplaceLineEndings(" ");
                output.WriteLine(Invariant($"    {miss.Value:0.###} {miss.Unit} | {text} | {miss.Title}"));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
