using ClaimScope.Core.Model;

namespace ClaimScope.Core.Evaluation;

/// <summary>
/// A confusion matrix of kinds: rows are the gold kind, columns the predicted kind, with a last
/// row and column "none". A gold claim counts under the kind of the prediction that matched it;
/// an unmatched gold claim under the kind of an unmatched prediction with the same value whose
/// evidence overlaps it (the number was found but its kind was read wrong), else under "none";
/// every prediction left over counts in the "none" row. So the diagonal can exceed the true
/// positives by numbers found with the right kind but another unit ("%" for "pp").
/// </summary>
public sealed class KindConfusion
{
    /// <summary>Index of the "none" row and column.</summary>
    public static readonly int None = Enum.GetValues<ClaimKind>().Length;

    private readonly int[,] counts = new int[None + 1, None + 1];

    /// <summary>The count at gold row, predicted column; either may be <see cref="None"/>.</summary>
    public int this[int gold, int predicted] => counts[gold, predicted];

    internal void Add(int gold, int predicted) => counts[gold, predicted]++;

    /// <summary>Claims whose number was found but given another kind than the gold one.</summary>
    public int WrongKind
    {
        get
        {
            var total = 0;
            for (var g = 0; g < None; g++)
            {
                for (var p = 0; p < None; p++)
                {
                    total += g == p ? 0 : counts[g, p];
                }
            }

            return total;
        }
    }
}
