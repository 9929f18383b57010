using System.Collections.Frozen;

namespace ClaimScope.Core.Extraction.Lexicon;

/// <summary>
/// The lexicon: every word the phrase rules know, with its <see cref="WordFlags"/>. Entries are
/// function words and standard terms of the field, each common across the corpus of abstracts;
/// none serves one paper. Lookup takes a span and ignores case, so no lower-cased copy is made.
/// </summary>
public static class Words
{
    private static readonly FrozenDictionary<string, WordFlags> Table = Build();

    private static readonly FrozenDictionary<string, WordFlags>.AlternateLookup<ReadOnlySpan<char>> Spans =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The flags of a word (any case), or <see cref="WordFlags.None"/> for a word the lexicon does not know.</summary>
    public static WordFlags Of(ReadOnlySpan<char> word) => Spans.TryGetValue(word, out var flags) ? flags : WordFlags.None;

    /// <summary>Whether the word carries any of the flags.</summary>
    public static bool Is(ReadOnlySpan<char> word, WordFlags flags) => (Of(word) & flags) != 0;

    private static FrozenDictionary<string, WordFlags> Build()
    {
        var table = new Dictionary<string, WordFlags>(StringComparer.OrdinalIgnoreCase);
        void Add(WordFlags flags, params string[] words)
        {
            foreach (var word in words)
            {
                table[word] = table.GetValueOrDefault(word) | flags;
            }
        }

        Add(WordFlags.Comparison, "than", "over", "vs", "vs.", "versus", "against", "upon");
        Add(WordFlags.RivalVerb, "outperform", "outperforms", "outperformed", "outperforming", "surpass", "surpasses", "surpassed",
            "surpassing", "beat", "beats", "beating", "outpace", "outpaces", "outpacing", "outruns", "outrun",
            "match", "matches", "matching", "matched", "rivals", "rivaling", "rivalling");
        Add(WordFlags.Determiner, "the", "a", "an", "its", "their", "our", "his", "her", "both", "all", "naive", "vanilla", "conventional", "standard-issue",
            "traditional", "popular", "widely", "used", "widely-used", "commonly", "leading", "strong", "stronger", "strongest",
            "competitive", "recent", "current", "original", "corresponding", "respective", "several", "many", "most", "other", "these", "those");
        Add(WordFlags.GenericHead, "baseline", "baselines", "method", "methods", "model", "models", "approach", "approaches",
            "counterpart", "counterparts", "technique", "techniques", "system", "systems", "algorithm", "algorithms", "framework",
            "frameworks", "implementation", "implementations", "variant", "variants", "version", "versions", "solution", "solutions",
            "alternative", "alternatives", "competitor", "competitors", "work", "works", "one", "ones", "design", "designs",
            "teacher", "teachers", "setting", "settings", "configuration", "configurations", "recipe", "recipes", "pipeline", "pipelines");
        Add(WordFlags.GenericRival, "state-of-the-art", "sota", "soa", "existing", "prior", "previous", "previously", "best",
            "art", "others", "competing", "comparable", "similar", "same", "larger", "smaller", "open-source", "proprietary",
            "mainstream", "advanced", "typical", "common", "prevailing", "top", "strongest", "leading", "representative", "related");
        Add(WordFlags.PhraseEnd, "on", "in", "at", "with", "while", "across", "by", "for", "when", "under", "using", "without",
            "which", "that", "to", "whereas", "respectively", "per", "during", "despite", "achieving", "and", "or", "but", "as",
            "via", "through", "thanks", "within", "where", "from", "of", "into", "is", "are", "was", "were", "then",
            "among", "yet", "even", "also", "alone", "only", "if", "whilst", "between", "beyond", "after", "before");
        Add(WordFlags.Pronoun, "it", "them", "this", "that", "these", "those", "ours", "theirs", "itself", "they", "we", "one");
        Add(WordFlags.GainNoun, "improvement", "improvements", "improves", "improve", "improved", "improving", "gain", "gains",
            "speedup", "speedups", "speed-up", "speed-ups", "advantage", "advantages", "boost", "boosts", "margin", "lead",
            "acceleration", "reduction", "reductions", "savings", "increase", "increases");
        Add(WordFlags.Example, "e.g.", "e.g", "including", "like", "i.e.", "i.e");
        Add(WordFlags.QualityMetric, "sr", "ap", "ap50", "ap75", "em", "acc", "fvd", "lpips", "rfid", "gfid", "vbench", "geneval",
            "ndcg", "mrr", "spl", "nds", "wer", "cer", "mos", "pesq", "dice", "iou", "miou", "mae", "ece");
        Add(WordFlags.Hedge, "more", "than", "up", "to", "at", "least", "over", "about", "nearly", "around", "roughly", "almost",
            "approximately", "an", "average", "averaging", "of", "approx", "some", "just", "only", "still");
        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
