using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Context;

/// <summary>Reads the hedge in front of (or just after) a number: "up to", "over", "~", "on average".</summary>
public static class QualifierReader
{
    private static readonly (string Phrase, ClaimQualifier Qualifier)[] Before =
    [
        ("up to", ClaimQualifier.UpTo), ("up to a", ClaimQualifier.UpTo), ("up to an", ClaimQualifier.UpTo),
        ("as much as", ClaimQualifier.UpTo), ("as high as", ClaimQualifier.UpTo), ("as low as", ClaimQualifier.UpTo),
        ("as few as", ClaimQualifier.UpTo), ("as many as", ClaimQualifier.UpTo), ("at most", ClaimQualifier.UpTo),
        ("maximum of", ClaimQualifier.UpTo), ("max", ClaimQualifier.UpTo), ("less than", ClaimQualifier.UpTo),
        ("over", ClaimQualifier.AtLeast), ("more than", ClaimQualifier.AtLeast), ("more than a", ClaimQualifier.AtLeast),
        ("at least", ClaimQualifier.AtLeast), ("greater than", ClaimQualifier.AtLeast), ("exceeding", ClaimQualifier.AtLeast),
        ("in excess of", ClaimQualifier.AtLeast), ("upwards of", ClaimQualifier.AtLeast), (">", ClaimQualifier.AtLeast),
        ("exceed", ClaimQualifier.AtLeast), ("exceeds", ClaimQualifier.AtLeast), ("surpassing", ClaimQualifier.AtLeast),
        ("≥", ClaimQualifier.AtLeast), ("above", ClaimQualifier.AtLeast), ("beyond", ClaimQualifier.AtLeast),
        ("about", ClaimQualifier.About), ("approximately", ClaimQualifier.About), ("approx", ClaimQualifier.About),
        ("approx.", ClaimQualifier.About), ("~", ClaimQualifier.About), ("sim", ClaimQualifier.About), ("\\sim", ClaimQualifier.About),
        ("nearly", ClaimQualifier.About), ("almost", ClaimQualifier.About), ("around", ClaimQualifier.About),
        ("roughly", ClaimQualifier.About), ("≈", ClaimQualifier.About), ("close to", ClaimQualifier.About),
        ("an estimated", ClaimQualifier.About), ("average", ClaimQualifier.Average), ("an average of", ClaimQualifier.Average),
        ("on average", ClaimQualifier.Average), ("average of", ClaimQualifier.Average), ("averaging", ClaimQualifier.Average),
        ("geomean", ClaimQualifier.Average), ("mean", ClaimQualifier.Average), ("avg.", ClaimQualifier.Average),
    ];

    /// <summary>The qualifier and where its phrase starts (or the number's start when there is none).</summary>
    public static (ClaimQualifier Qualifier, int Start) Read(ClaimCandidate candidate)
    {
        var before = candidate.TextBefore(28);
        // "${\sim}3\times$": LaTeX braces around the hedge are read past.
        var trimmed = before.TrimEnd(" \n\t$({}".AsSpan());

        // "at least by 28%": the hedge may stand before the "by".
        if (trimmed.EndsWith(" by", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^3].TrimEnd();
        }
        var best = (Qualifier: ClaimQualifier.None, Length: 0);
        foreach (var (phrase, qualifier) in Before)
        {
            if (phrase.Length > best.Length && trimmed.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == phrase.Length || !char.IsLetter(trimmed[^(phrase.Length + 1)]) || !char.IsLetter(phrase[0])))
            {
                best = (qualifier, phrase.Length);
            }
        }

        // "by a maximum macro F1-score margin of almost 7%": the maximum is what the number states; "almost" only rounds it.
        if (best.Qualifier is ClaimQualifier.None or ClaimQualifier.About && candidate.FindLeft(w => w is "maximum", 6) is var max and >= 0
            && candidate.FindLeft(w => w is "of", max) >= 0)
        {
            return (ClaimQualifier.UpTo, candidate.Left(max).Start);
        }

        if (best.Qualifier != ClaimQualifier.None)
        {
            return (best.Qualifier, candidate.Token.Start - (before.Length - trimmed.Length) - best.Length);
        }

        var after = candidate.TextAfter(24);
        if (after.StartsWith("+"))
        {
            // "$100K+": a floor.
            return (ClaimQualifier.AtLeast, candidate.Token.Start);
        }

        foreach (var phrase in (ReadOnlySpan<string>)["on average", "in average", "on avg", "geomean", "geometric mean", "averaged"])
        {
            var at = after.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at <= 12)
            {
                return (ClaimQualifier.Average, candidate.Token.Start);
            }
        }

        if (candidate.FindLeft(w => w is "average" or "avg", 7) >= 0 || candidate.RightWord(0) == "average")
        {
            return (ClaimQualifier.Average, candidate.Token.Start);
        }

        return (ClaimQualifier.None, candidate.Token.Start);
    }
}
