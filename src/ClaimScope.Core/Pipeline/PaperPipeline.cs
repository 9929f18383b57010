using ClaimScope.Core.Extraction;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Pipeline;

/// <summary>
/// Turns records into (paper, claims) with the one identity and merge policy every command
/// shares: records are matched to papers in input order (<see cref="PaperMatcher"/>), the first
/// record of a paper is extracted, later ones are appearances. With more than one worker, reading
/// and matching run on one thread while batches of new papers are extracted on the others; the
/// sightings still come out in input order, byte for byte what one worker gives, and only a
/// bounded number of batches is in flight, so memory does not grow with the input.
/// </summary>
/// <param name="extractors">Makes one extractor per worker (extractors need not be thread-safe); null reads and matches only.</param>
/// <param name="options">Workers and batch size; default: one worker per core.</param>
public sealed class PaperPipeline(Func<IClaimExtractor>? extractors, PipelineOptions? options = null)
{
    private readonly PipelineOptions options = options ?? PipelineOptions.Default;

    /// <summary>Every record as a sighting, in input order, streaming.</summary>
    public IEnumerable<PaperSighting> Run(IEnumerable<PaperRecord> records) =>
        extractors is null || options.Workers <= 1
            ? RunSequentially(records)
            : new ParallelBatches(options, extractors).Run(Match(records));

    private IEnumerable<PaperSighting> RunSequentially(IEnumerable<PaperRecord> records)
    {
        var extractor = extractors?.Invoke();
        foreach (var sighting in Match(records))
        {
            yield return Complete(sighting, extractor);
        }
    }

    /// <summary>The sequential stage: which paper each record is, decided in input order.</summary>
    private static IEnumerable<PaperSighting> Match(IEnumerable<PaperRecord> records)
    {
        var matcher = new PaperMatcher();
        foreach (var record in records)
        {
            yield return new PaperSighting { Record = record, Match = matcher.Match(record) };
        }
    }

    /// <summary>The parallel stage: a new paper is built from its record and its abstract extracted.</summary>
    internal static PaperSighting Complete(PaperSighting sighting, IClaimExtractor? extractor)
    {
        if (!sighting.IsNew)
        {
            return sighting;
        }

        var paper = PaperMerge.FirstSight(sighting.Record);
        return sighting with { Paper = paper, Claims = extractor?.Extract(paper.Abstract) ?? [] };
    }
}
