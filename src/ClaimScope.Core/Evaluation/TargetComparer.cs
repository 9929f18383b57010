namespace ClaimScope.Core.Evaluation;

/// <summary>
/// Decides whether a predicted target names the same thing as the gold one. Targets are free
/// text ("inference" vs "inference latency", "kv cache" vs "kv cache size"), so two targets
/// agree when, after lower-casing, dropping punctuation and a plural "s", and cutting each word
/// to its first six letters, the words of one are all among the other's ("cost" and "training
/// cost"), or they share a content word ("computational usage" and "compute").
/// Generic words ("performance", "rate", "efficiency") shared alone do not count.
/// </summary>
public static class TargetComparer
{
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "in", "per", "total", "overall", "end", "to", "rate", "score", "time", "cost", "perfor", "effici",
    };

    public static bool Agree(string predicted, string gold)
    {
        var a = Words(predicted);
        var b = Words(gold);
        if (a.SetEquals(b))
        {
            return true;
        }

        // "cost" names the same thing as "training cost": one side's words all appear in the other.
        if (a.Count > 0 && b.Count > 0 && (a.IsSubsetOf(b) || b.IsSubsetOf(a)))
        {
            return true;
        }

        return a.Any(w => !Generic.Contains(w) && b.Contains(w));
    }

    /// <summary>
    /// The strict reading: the same words after lower-casing, dropping punctuation and a plural "s"
    /// ("KV-cache" and "kv caches" agree; "inference" and "inference latency" do not).
    /// </summary>
    public static bool Exact(string predicted, string gold) =>
        string.Equals(Normalise(predicted), Normalise(gold), StringComparison.Ordinal);

    private static string Normalise(string text) => string.Join(' ', text.ToLowerInvariant()
        .Split([' ', '-', '/', ',', '(', ')', '@', '.', '_'], StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w));

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.ToLowerInvariant().Split([' ', '-', '/', ',', '(', ')', '@'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Length > 3 && raw.EndsWith('s') && !raw.EndsWith("ss", StringComparison.Ordinal) ? raw[..^1] : raw;

            // A crude stem: "computational" and "compute", "accelerator" and "acceleration" meet on their first six letters.
            words.Add(word.Length > 6 ? word[..6] : word);
        }

        return words;
    }
}
