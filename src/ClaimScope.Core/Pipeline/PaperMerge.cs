using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Pipeline;

/// <summary>
/// The one merge policy for the records of one paper (MERGE_POLICY.md): the first record fixes
/// the id, title and abstract; every record adds an appearance (once per source file and line);
/// later records only fill metadata still unknown; upvotes are the maximum of those known.
/// </summary>
public static class PaperMerge
{
    /// <summary>The paper as its first record states it, before any later record is merged in.</summary>
    public static Paper FirstSight(PaperRecord first) => Merge(first, []);

    /// <summary>The paper of <paramref name="first"/> with <paramref name="later"/> records merged in input order.</summary>
    public static Paper Merge(PaperRecord first, IEnumerable<PaperRecord> later)
    {
        var merged = first;
        var appearances = new List<PaperAppearance> { Appearance(first) };
        foreach (var other in later)
        {
            if (appearances.Exists(a => a.Source == other.Source))
            {
                continue;
            }

            appearances.Add(Appearance(other));
            merged = merged with
            {
                ArxivId = merged.ArxivId ?? other.ArxivId,
                Authors = merged.Authors.Count > 0 ? merged.Authors : other.Authors,
                AuthorCount = merged.AuthorCount ?? other.AuthorCount,
                Organisation = merged.Organisation ?? other.Organisation,
                Published = merged.Published ?? other.Published,
                CodeUrl = merged.CodeUrl ?? other.CodeUrl,
            };
        }

        return new Paper
        {
            // The id is fixed at first sight, so a streamed claim and the paper list name the same paper.
            Id = Id(first),
            Title = first.Title,
            Abstract = first.Abstract,
            ArxivId = merged.ArxivId,
            Authors = merged.Authors,
            AuthorCount = merged.AuthorCount ?? (merged.Authors.Count > 0 ? merged.Authors.Count : null),
            Organisation = merged.Organisation,
            Published = merged.Published,
            Upvotes = appearances.Max(a => a.Upvotes),
            CodeUrl = merged.CodeUrl,
            Appearances = appearances,
        };
    }

    /// <summary>A paper's stable id: the arXiv id of its first record, else a hash of its first title.</summary>
    public static string Id(PaperRecord first) => first.ArxivId is { Length: > 0 } id ? id : TitleKey.Id(first.Title);

    private static PaperAppearance Appearance(PaperRecord record) => new(record.ListingDate, record.Source, record.Upvotes);
}
