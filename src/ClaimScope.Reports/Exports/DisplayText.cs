using System.Text.RegularExpressions;

namespace ClaimScope.Reports.Exports;

/// <summary>
/// Feed text tidied for reading (never for matching): LaTeX left in evidence becomes the symbol it
/// stands for, a repeated word in a target is said once, and acronyms a target lower-cased are
/// capitalised again. The stored claims and the exports keep the text as read.
/// </summary>
public static partial class DisplayText
{
    private static readonly (string Latex, string Symbol)[] Symbols =
    [
        (@"\times", "×"), (@"\sim", "~"), (@"\approx", "≈"), (@"\%", "%"), (@"\leq", "≤"), (@"\geq", "≥"),
        (@"\pm", "±"), (@"\,", " "), (@"\!", ""), (@"\mathbf", ""), (@"\textbf", ""), (@"\mathrm", ""),
    ];

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "ttft", "tpot", "fid", "kv", "gpu", "gpus", "cpu", "llm", "llms", "mfu", "flops", "tflops", "gflops", "macs", "rag", "asr", "wer", "bleu",
        "rouge", "auc", "map", "iou", "psnr", "ssim", "mse", "rmse", "mae", "tps", "qps", "api", "io", "sram", "hbm", "dram", "ram", "vram", "mmlu", "e2e",
    };

    /// <summary>Evidence as a reader should see it: "6.2\times$$ speedup" → "6.2× speedup", "$\sim$3x" → "~3x".</summary>
    public static string Evidence(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        foreach (var (latex, symbol) in Symbols)
        {
            text = text.Replace(latex, symbol, StringComparison.Ordinal);
        }

        text = text.Replace("$", "", StringComparison.Ordinal).Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
        text = StrippedSim().Replace(text, "~");
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>A target as a label: "execution time time" → "execution time", "ttft" → "TTFT", "kv cache" → "KV cache".</summary>
    public static string Target(string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return "";
        }

        var words = new List<string>();
        foreach (var word in target.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count > 0 && string.Equals(words[^1], word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            words.Add(Acronyms.Contains(word) ? word.ToUpperInvariant() : word);
        }

        return string.Join(' ', words);
    }

    // "\sim" whose backslash was lost on the way ("sim3x", "sim 2x") is still "about".
    [GeneratedRegex(@"(?<![A-Za-z])sim\s?(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex StrippedSim();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
