using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
using ClaimScope.Core.Pipeline;

namespace ClaimScope.Cli.Infrastructure;

/// <summary>
/// The input side every reading command shares: records from the corpus through the one
/// <see cref="PaperPipeline"/> (identity, merge policy, parallel extraction in input order), so
/// <c>papers</c>, <c>extract</c>, <c>report</c> and <c>ingest</c> agree on the same inputs.
/// </summary>
internal static class CorpusPipeline
{
    /// <summary>Every record as a sighting in input order, new papers with their claims.</summary>
    public static IEnumerable<PaperSighting> Sightings(InputCorpus corpus, ReadProgress progress, int workers) =>
        new PaperPipeline(ClaimExtractor.CreateDefault, new PipelineOptions { Workers = workers }).Run(Counted(corpus, progress));

    /// <summary>The claims of each new paper, streamed in input order.</summary>
    public static IEnumerable<PaperClaim> Claims(InputCorpus corpus, ReadProgress progress, int workers) =>
        Sightings(corpus, progress, workers)
            .Where(s => s.IsNew)
            .SelectMany(s => s.Claims.Select(c => new PaperClaim(s.Paper!, c)));

    /// <summary>
    /// The unique papers, merged; with <paramref name="spillToDisk"/> their texts wait in a
    /// temporary file, so memory holds keys and offsets only. The caller disposes the catalog.
    /// </summary>
    public static PaperCatalog Papers(CliContext context, InputCorpus corpus, bool spillToDisk)
    {
        var catalog = new PaperCatalog(spillToDisk);
        ProgressDisplay.Run(context, "Reading feeds", corpus.Files, progress =>
        {
            foreach (var record in Counted(corpus, progress))
            {
                catalog.Add(record);
            }
        });
        Summarise(context, corpus, catalog);
        return catalog;
    }

    /// <summary>
    /// The unique papers, merged, and the claims of each (extracted in parallel from the abstract
    /// first seen), for reports that need them all at once.
    /// </summary>
    public static (IReadOnlyList<Paper> Papers, List<PaperClaim> Claims) PapersAndClaims(CliContext context, InputCorpus corpus, int workers)
    {
        using var catalog = new PaperCatalog();
        var claimsByPaper = new List<IReadOnlyList<Claim>>();
        ProgressDisplay.Run(context, "Reading feeds", corpus.Files, progress =>
        {
            foreach (var sighting in Sightings(corpus, progress, workers))
            {
                // The catalog numbers papers as the pipeline does: same matcher, same order.
                if (catalog.Add(sighting.Record).IsNew)
                {
                    claimsByPaper.Add(sighting.Claims);
                }
            }
        });
        Summarise(context, corpus, catalog);
        var papers = catalog.Papers();
        var claims = new List<PaperClaim>();
        for (var i = 0; i < papers.Count; i++)
        {
            claims.AddRange(claimsByPaper[i].Select(c => new PaperClaim(papers[i], c)));
        }

        return (papers, claims);
    }

    private static void Summarise(CliContext context, InputCorpus corpus, PaperCatalog catalog) =>
        context.Error.WriteLine($"claimscope: read {catalog.RecordCount} entries, {catalog.PaperCount} unique papers from {corpus.Files.Count} file(s)");

    private static IEnumerable<PaperRecord> Counted(InputCorpus corpus, ReadProgress progress)
    {
        foreach (var record in corpus.Records(progress))
        {
            progress.RecordRead();
            yield return record;
        }
    }
}
