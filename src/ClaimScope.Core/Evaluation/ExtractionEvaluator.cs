using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Evaluation;

/// <summary>
/// Scores an extractor against a gold set as the annotation guideline defines it: papers are
/// paired by normalised title, claims by kind, unit and value (see <see cref="ClaimMatcher"/>).
/// Papers without gold are not scored; gold papers missing from the inputs are listed.
/// </summary>
public static class ExtractionEvaluator
{
    public static EvaluationResult Evaluate(IReadOnlyList<Paper> papers, GoldSet gold, IClaimExtractor extractor)
    {
        var kinds = Enum.GetValues<ClaimKind>();
        var tp = new int[kinds.Length];
        var fp = new int[kinds.Length];
        var fn = new int[kinds.Length];
        var falsePositives = new List<ClaimMiss>();
        var falseNegatives = new List<ClaimMiss>();
        var foundKeys = new HashSet<string>(StringComparer.Ordinal);
        int matched = 0, qualifierAgree = 0, targetAgree = 0, scored = 0;

        foreach (var paper in papers)
        {
            var goldPaper = gold.Find(paper.Title);
            if (goldPaper is null || !foundKeys.Add(TitleKey.Normalise(goldPaper.Title)))
            {
                continue;
            }

            scored++;
            var predicted = extractor.Extract(paper.Abstract);
            var pairs = ClaimMatcher.Match(paper.Abstract, predicted, goldPaper.Claims);
            var used = new bool[predicted.Count];
            for (var g = 0; g < pairs.Length; g++)
            {
                var claim = goldPaper.Claims[g];
                if (pairs[g] < 0)
                {
                    fn[(int)claim.Kind]++;
                    falseNegatives.Add(new ClaimMiss(paper.Title, claim.Kind, claim.Value, claim.Unit, claim.Text, IsFalsePositive: false));
                    continue;
                }

                var partner = predicted[pairs[g]];
                used[pairs[g]] = true;
                tp[(int)claim.Kind]++;
                matched++;
                qualifierAgree += partner.Qualifier == claim.Qualifier ? 1 : 0;
                targetAgree += TargetComparer.Agree(partner.Target, claim.Target) ? 1 : 0;
            }

            for (var p = 0; p < predicted.Count; p++)
            {
                if (!used[p])
                {
                    var claim = predicted[p];
                    fp[(int)claim.Kind]++;
                    falsePositives.Add(new ClaimMiss(paper.Title, claim.Kind, claim.Value, claim.Unit, claim.Text, IsFalsePositive: true));
                }
            }
        }

        var perKind = kinds.Select(k => new KindScore(k.ToWire(), tp[(int)k], fp[(int)k], fn[(int)k])).ToList();
        return new EvaluationResult
        {
            Overall = new KindScore("overall", tp.Sum(), fp.Sum(), fn.Sum()),
            PerKind = perKind,
            MatchedPairs = matched,
            QualifierAccuracy = matched == 0 ? 0 : (double)qualifierAgree / matched,
            TargetAccuracy = matched == 0 ? 0 : (double)targetAgree / matched,
            PapersScored = scored,
            GoldPapersNotFound = [.. gold.Papers.Where(g => !foundKeys.Contains(TitleKey.Normalise(g.Title))).Select(g => g.Title)],
            FalsePositives = falsePositives,
            FalseNegatives = falseNegatives,
        };
    }
}
