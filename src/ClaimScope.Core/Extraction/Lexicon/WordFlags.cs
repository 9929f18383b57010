namespace ClaimScope.Core.Extraction.Lexicon;

/// <summary>
/// What the rules know about a word, as flags, so a word is looked up once and every rule reads
/// the flags it needs (see <see cref="Words"/>). A word may carry several.
/// </summary>
[Flags]
public enum WordFlags
{
    None = 0,

    /// <summary>Introduces what a number is compared with: "than", "over", "versus", "against", "upon".</summary>
    Comparison = 1 << 0,

    /// <summary>A verb whose object is the rival: "outperforms X by 3%", "surpasses X".</summary>
    RivalVerb = 1 << 1,

    /// <summary>An article, possessive or evaluative adjective that opens a noun phrase but names nothing.</summary>
    Determiner = 1 << 2,

    /// <summary>A noun that says only "some other method": "baseline", "methods", "counterparts".</summary>
    GenericHead = 1 << 3,

    /// <summary>A word that alone makes a rival generic: "state-of-the-art", "existing", "prior".</summary>
    GenericRival = 1 << 4,

    /// <summary>A word that ends a noun phrase: prepositions and conjunctions of a new clause.</summary>
    PhraseEnd = 1 << 5,

    /// <summary>A pronoun: "it", "them", "ours", which names nothing by itself.</summary>
    Pronoun = 1 << 6,

    /// <summary>A word of change or gain after which "over X" names the rival ("gains over X").</summary>
    GainNoun = 1 << 7,

    /// <summary>Introduces an example inside a generic phrase: "such as", "e.g.", "including".</summary>
    Example = 1 << 8,

    /// <summary>
    /// The short name of a standard quality score, matched as a whole word ("SR" success rate, "AP",
    /// "EM", "FVD", "LPIPS"): too short to be matched as a stem the way "accuracy" is.
    /// </summary>
    QualityMetric = 1 << 9,

    /// <summary>A word of a hedge between a verb's "by" and its number: "by more than", "by up to", "by an average of", "by nearly".</summary>
    Hedge = 1 << 10,
}
