using System.Text;
using ClaimScope.Core.Evaluation;
using ClaimScope.Core.Extraction;

namespace ClaimScope.Tests.Evaluation;

public class HardWrapTests
{
    [Fact]
    public void Hard_wrapped_abstracts_score_like_their_one_line_form()
    {
        var gold = GoldSet.Load(SeedData.GoldFile, _ => { });
        var extractor = ClaimExtractor.CreateDefault();
        var wrapped = SeedPapers.All.Select(p => p with { Abstract = Wrap(p.Abstract, 78) }).ToList();

        var flat = ExtractionEvaluator.Evaluate(SeedPapers.All, gold, extractor);
        var hard = ExtractionEvaluator.Evaluate(wrapped, gold, extractor);

        Assert.Equal(
            (flat.Overall.TruePositives, flat.Overall.FalsePositives, flat.Overall.FalseNegatives),
            (hard.Overall.TruePositives, hard.Overall.FalsePositives, hard.Overall.FalseNegatives));
        Assert.Equal(flat.QualifierAccuracy, hard.QualifierAccuracy, 2);
    }

    /// <summary>Wraps text at a column with line feeds, as the HF API serves abstracts.</summary>
    private static string Wrap(string text, int width)
    {
        var builder = new StringBuilder(text.Length);
        var column = 0;
        foreach (var word in text.Split(' '))
        {
            if (column > 0 && column + word.Length >= width)
            {
                builder.Append('\n');
                column = 0;
            }
            else if (column > 0)
            {
                builder.Append(' ');
                column++;
            }

            builder.Append(word);
            column += word.Length;
        }

        return builder.ToString();
    }
}
