using ClaimScope.Core.Model;

namespace ClaimScope.Core.Evaluation;

/// <summary>
/// Pairs the predicted and gold claims of one paper: same kind and unit (for metrics only
/// "% or not"), value within 1% relative, each claim used at most once. A maximum bipartite
/// matching (augmenting paths) is taken in two rounds: first only pairs whose evidence overlaps
/// in the abstract, then any compatible pair. The first round makes the pairs that qualifier and
/// target accuracy are computed on the ones a reader would pair; the second keeps the count maximal.
/// </summary>
internal static class ClaimMatcher
{
    private const double RelativeTolerance = 0.01;

    /// <summary>For each gold claim, the index of its predicted partner, or -1.</summary>
    public static int[] Match(string abstractText, IReadOnlyList<Claim> predicted, IReadOnlyList<GoldClaim> gold)
    {
        var goldSpans = gold.Select(g => LocateGold(abstractText, g.Text)).ToArray();
        var compatible = new List<int>[gold.Count];
        var overlapping = new List<int>[gold.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            compatible[g] = [];
            overlapping[g] = [];
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!IsCompatible(predicted[p], gold[g]))
                {
                    continue;
                }

                compatible[g].Add(p);
                var (start, end) = goldSpans[g];
                if (start >= 0 && predicted[p].Start < end && start < predicted[p].End)
                {
                    overlapping[g].Add(p);
                }
            }
        }

        var goldToPredicted = Enumerable.Repeat(-1, gold.Count).ToArray();
        var predictedToGold = Enumerable.Repeat(-1, predicted.Count).ToArray();
        foreach (var edges in new[] { overlapping, compatible })
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (goldToPredicted[g] < 0)
                {
                    TryAugment(g, edges, goldToPredicted, predictedToGold, new bool[predicted.Count]);
                }
            }
        }

        return goldToPredicted;
    }

    public static bool IsCompatible(Claim predicted, GoldClaim gold)
    {
        if (predicted.Kind != gold.Kind)
        {
            return false;
        }

        var unitsAgree = gold.Kind == ClaimKind.Metric
            ? (predicted.Unit == "%") == (gold.Unit == "%")
            : string.Equals(predicted.Unit, gold.Unit, StringComparison.OrdinalIgnoreCase);
        return unitsAgree && ValuesAgree(predicted.Value, gold.Value);
    }

    /// <summary>Values within 1% of the gold value (relative): the guideline's tolerance.</summary>
    public static bool ValuesAgree(double predicted, double gold) =>
        Math.Abs(predicted - gold) <= RelativeTolerance * Math.Max(Math.Abs(gold), 1e-9);

    /// <summary>Where the gold evidence text sits in the abstract, or (-1, -1).</summary>
    public static (int Start, int End) LocateGold(string abstractText, string text)
    {
        if (text.Length == 0)
        {
            return (-1, -1);
        }

        var start = abstractText.IndexOf(text, StringComparison.Ordinal);
        if (start < 0)
        {
            // A hard-wrapped abstract ("by up\nto 3x") still holds the gold text: compare with line breaks as spaces.
            start = Flat(abstractText).IndexOf(Flat(text), StringComparison.Ordinal);
        }

        return start < 0 ? (-1, -1) : (start, start + text.Length);
    }

    private static string Flat(string text) => text.Replace('\n', ' ').Replace('\r', ' ');

    private static bool TryAugment(int g, List<int>[] edges, int[] goldToPredicted, int[] predictedToGold, bool[] seen)
    {
        foreach (var p in edges[g])
        {
            if (seen[p])
            {
                continue;
            }

            seen[p] = true;
            if (predictedToGold[p] < 0 || TryAugment(predictedToGold[p], edges, goldToPredicted, predictedToGold, seen))
            {
                goldToPredicted[g] = p;
                predictedToGold[p] = g;
                return true;
            }
        }

        return false;
    }
}
