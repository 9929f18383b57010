namespace ClaimScope.Core.Evaluation;

/// <summary>
/// Decides whether a predicted baseline names the same system as the gold one, as the guideline
/// scores it: both absent; or equal ignoring case, punctuation and a version suffix
/// ("EAGLE-3" and "EAGLE3", "vLLM v0.6" and "vllm"); or one name contains the other
/// ("FlashAttention-2" and "FlashAttention"). Several baselines ("GAP; Sage") agree when every
/// gold name has a partner.
/// </summary>
public static class BaselineComparer
{
    public static bool Agree(string? predicted, string? gold)
    {
        if (string.IsNullOrWhiteSpace(predicted) || string.IsNullOrWhiteSpace(gold))
        {
            return string.IsNullOrWhiteSpace(predicted) && string.IsNullOrWhiteSpace(gold);
        }

        var predictedNames = Names(predicted);
        return Names(gold).All(g => predictedNames.Any(p => NamesAgree(p, g)));
    }

    private static bool NamesAgree(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)
            || string.Equals(WithoutVersion(a), WithoutVersion(b), StringComparison.Ordinal);
    }

    private static string[] Names(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Key)];

    /// <summary>Lower case letters and digits only: "Flash-Attention 2" and "flashattention2" meet.</summary>
    private static string Key(string name) => new([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    /// <summary>Drops trailing digits and a "v" before them: "eagle3" → "eagle", "vllmv06" → "vllm".</summary>
    private static string WithoutVersion(string key)
    {
        var end = key.Length;
        while (end > 0 && char.IsDigit(key[end - 1]))
        {
            end--;
        }

        if (end < key.Length && end > 1 && key[end - 1] == 'v')
        {
            end--;
        }

        return end == 0 ? key : key[..end];
    }
}
