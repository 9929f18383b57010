using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// Merges feed records into unique papers: the same paper in two listings (same arXiv id, or
/// same normalised title) becomes one paper with two appearances. Order of first sight is kept.
/// </summary>
public sealed class PaperCatalog
{
    private readonly Dictionary<string, int> indexByKey = new(StringComparer.Ordinal);
    private readonly List<Builder> builders = [];

    public int RecordCount { get; private set; }

    public int PaperCount => builders.Count;

    public void Add(PaperRecord record)
    {
        RecordCount++;
        var (titleKey, idKey) = PaperKeys.Of(record);
        if ((idKey is not null && indexByKey.TryGetValue(idKey, out var index)) || indexByKey.TryGetValue(titleKey, out index))
        {
            builders[index].Merge(record);
        }
        else
        {
            index = builders.Count;
            builders.Add(new Builder(record));
        }

        indexByKey[titleKey] = index;
        if (idKey is not null)
        {
            indexByKey[idKey] = index;
        }
    }

    public IReadOnlyList<Paper> Papers() => builders.Select(b => b.Build()).ToList();

    /// <summary>The paper a single record describes, for streaming where appearances are not merged.</summary>
    public static Paper ToPaper(PaperRecord record) => new Builder(record).Build();

    private sealed class Builder(PaperRecord first)
    {
        private readonly List<PaperAppearance> appearances = [new(first.ListingDate, first.Source, first.Upvotes)];
        private PaperRecord merged = first;

        public void Merge(PaperRecord other)
        {
            appearances.Add(new PaperAppearance(other.ListingDate, other.Source, other.Upvotes));

            // Later listings fill in what earlier ones lacked; they never overwrite what is known.
            merged = merged with
            {
                ArxivId = merged.ArxivId ?? other.ArxivId,
                Authors = merged.Authors.Count > 0 ? merged.Authors : other.Authors,
                AuthorCount = merged.AuthorCount ?? other.AuthorCount,
                Organisation = merged.Organisation ?? other.Organisation,
                Published = merged.Published ?? other.Published,
                CodeUrl = merged.CodeUrl ?? other.CodeUrl,
                Abstract = merged.Abstract.Length >= other.Abstract.Length ? merged.Abstract : other.Abstract,
            };
        }

        public Paper Build() => new()
        {
            Id = merged.ArxivId ?? TitleKey.Id(merged.Title),
            Title = merged.Title,
            Abstract = merged.Abstract,
            ArxivId = merged.ArxivId,
            Authors = merged.Authors,
            AuthorCount = merged.AuthorCount ?? (merged.Authors.Count > 0 ? merged.Authors.Count : null),
            Organisation = merged.Organisation,
            Published = merged.Published,
            Upvotes = appearances.Max(a => a.Upvotes),
            CodeUrl = merged.CodeUrl,
            Appearances = appearances.ToList(),
        };
    }
}
