namespace ClaimScope.Core.Model;

/// <summary>Puts speedups and reductions stated in different units on one multiplicative scale.</summary>
public static class ClaimFactor
{
    public static double? Of(ClaimKind kind, double value, string unit)
    {
        if (kind is not (ClaimKind.Speedup or ClaimKind.Reduction) || value <= 0)
        {
            return null;
        }

        if (unit == "x")
        {
            return value;
        }

        if (unit != "%")
        {
            return null;
        }

        if (kind == ClaimKind.Speedup)
        {
            return 1 + value / 100;
        }

        // A 100% reduction would be an infinite factor: such a claim is not chartable.
        return value < 100 ? 1 / (1 - value / 100) : null;
    }
}
