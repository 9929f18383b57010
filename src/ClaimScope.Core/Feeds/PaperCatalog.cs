using System.Collections;
using ClaimScope.Core.Model;
using ClaimScope.Core.Pipeline;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// Merges feed records into unique papers with the one merge policy of <see cref="PaperMerge"/>:
/// the same paper in two listings (same arXiv id, or same normalised title, see
/// <see cref="PaperMatcher"/>) becomes one paper with two appearances, first seen wins the text.
/// Order of first sight is kept. With <c>spillToDisk</c> the first record of each paper waits in
/// a temporary file, so the catalog holds keys and offsets, not abstracts.
/// </summary>
public sealed class PaperCatalog : IDisposable
{
    private readonly PaperMatcher matcher = new();
    private readonly List<PaperRecord>? firsts;
    private readonly RecordSpill? spill;

    // Only papers seen more than once have later records to merge; most have none.
    private readonly Dictionary<int, List<PaperRecord>> later = [];

    public PaperCatalog(bool spillToDisk = false)
    {
        if (spillToDisk)
        {
            spill = new RecordSpill();
        }
        else
        {
            firsts = [];
        }
    }

    public int RecordCount { get; private set; }

    public int PaperCount => matcher.PaperCount;

    /// <summary>Adds a record and says which paper it belongs to.</summary>
    public PaperMatch Add(PaperRecord record)
    {
        var match = matcher.Match(record);
        RecordCount++;
        if (match.IsNew)
        {
            firsts?.Add(record);
            spill?.Append(record);
        }
        else
        {
            // A later record never contributes its text: keep only what may fill the metadata.
            var stripped = record with { Abstract = "" };
            if (later.TryGetValue(match.Number, out var records))
            {
                records.Add(stripped);
            }
            else
            {
                later[match.Number] = [stripped];
            }
        }

        return match;
    }

    /// <summary>
    /// The unique papers in order of first sight. Spilled papers are built one by one as they are
    /// read (each access builds a fresh object); in memory they are built once, here.
    /// </summary>
    public IReadOnlyList<Paper> Papers() => firsts is not null ? [.. new PaperList(this)] : new PaperList(this);

    /// <summary>The paper a single record describes, before any other record of it is merged in.</summary>
    public static Paper ToPaper(PaperRecord record) => PaperMerge.FirstSight(record);

    public void Dispose() => spill?.Dispose();

    private Paper Build(int number)
    {
        var first = firsts is not null ? firsts[number] : spill!.Read(number);
        return PaperMerge.Merge(first, later.TryGetValue(number, out var records) ? records : []);
    }

    /// <summary>A read-only view that builds each paper on access, so listing them never holds them all.</summary>
    private sealed class PaperList(PaperCatalog catalog) : IReadOnlyList<Paper>
    {
        private readonly int count = catalog.PaperCount;

        public int Count => count;

        public Paper this[int index] => (uint)index < (uint)count ? catalog.Build(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<Paper> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return catalog.Build(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
