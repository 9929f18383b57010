namespace ClaimScope.Core.Extraction;

/// <summary>
/// The version of the claim extractor's behaviour, stored with every claim so that a database can
/// tell which claims an older extractor produced and <c>claimscope reextract</c> can refresh them.
/// Raise it whenever a change to the rules or the lexicon changes what is extracted.
/// </summary>
public static class ExtractorVersion
{
    /// <summary>The version of the extractor in this build; 0 means "before versions were recorded".</summary>
    public const int Current = 1;
}
