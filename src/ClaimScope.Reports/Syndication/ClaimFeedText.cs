using System.Globalization;
using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Syndication;

/// <summary>The words both feed formats say about a claim, so Atom and JSON Feed readers read the same thing.</summary>
internal static class ClaimFeedText
{
    /// <summary>"up to 47.26x speedup", "2-3x speedup", "40% reduction".</summary>
    public static string Headline(Claim claim)
    {
        var value = claim.Low is { } low ? $"{Number(low)}-{Number(claim.Value)}" : Number(claim.Value);
        var unit = claim.Unit is "%" or "x" ? claim.Unit : " " + claim.Unit;
        var qualifier = claim.Qualifier == ClaimQualifier.None ? "" : claim.Qualifier.ToWire() + " ";
        return $"{qualifier}{value}{unit} {claim.Kind.ToWire()}";
    }

    /// <summary>"on inference, vs FlashAttention-2".</summary>
    public static string Context(Claim claim)
    {
        var parts = new List<string>();
        if (claim.Target.Length > 0)
        {
            parts.Add("on " + claim.Target);
        }

        if (claim.Baseline is { Length: > 0 } baseline)
        {
            parts.Add("vs " + baseline);
        }

        return string.Join(", ", parts);
    }

    /// <summary>One line per claim: headline, context and quoted evidence.</summary>
    public static string Line(Claim claim)
    {
        var context = Context(claim);
        return $"{Headline(claim)}{(context.Length > 0 ? " " + context : "")}: \u201c{claim.Text}\u201d";
    }

    public static string Summary(ClaimFeedEntry entry) =>
        string.Join("; ", entry.Claims.Select(c => $"{Headline(c)}{(c.Target.Length > 0 ? " on " + c.Target : "")}"));

    public static string Rfc3339(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
