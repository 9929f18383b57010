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
        output.WriteLine(Invariant($"Matched pairs: {result.MatchedPairs}   qualifier accuracy: {result.QualifierAccuracy:0.000}   target accuracy: {result.TargetAccuracy:0.000} (strict {result.StrictTargetAccuracy:0.000})"));
        output.WriteLine(!result.BaselinesAnnotated ? "Baselines: not annotated in this gold file" : Invariant(
            $"Baseline accuracy: {result.BaselineAccuracy:0.000}   named baselines found: {result.NamedBaselinesFound} of {result.NamedBaselinesMatched} matched ({Share(result.NamedBaselinesFound, result.NamedBaselinesMatched):0.000}), {result.NamedBaselinesInGold} in the gold"));
        WriteConfusion(output, result.Confusion);
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
        if (!result.BaselinesAnnotated)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(Invariant($"Baselines that disagree (gold | predicted | text | title): {result.BaselineMisses.Count}"));
        foreach (var miss in result.BaselineMisses)
        {
            output.WriteLine(Invariant($"    {miss.Gold ?? "-"} | {miss.Predicted ?? "-"} | {miss.Text.ReplaceLineEndings(" ")} | {miss.Title}"));
        }
    }

    private static void WriteConfusion(TextWriter output, KindConfusion confusion)
    {
        var names = Enum.GetValues<ClaimKind>().Select(k => k.ToWire()).Append("none").ToArray();
        output.WriteLine();
        output.WriteLine(Invariant($"Kinds (rows gold, columns predicted; {confusion.WrongKind} found with another kind):"));
        output.WriteLine(Invariant($"{"",-12}") + string.Concat(names.Select(n => Invariant($" {n,11}"))));
        for (var g = 0; g < names.Length; g++)
        {
            var row = Invariant($"{names[g],-12}");
            for (var p = 0; p < names.Length; p++)
            {
                row += g == KindConfusion.None && p == KindConfusion.None ? Invariant($" {"-",11}") : Invariant($" {confusion[g, p],11}");
            }

            output.WriteLine(row);
        }
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

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
