using System.IO.Hashing;
using System.Runtime.InteropServices;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Pipeline;

/// <summary>
/// Recognises the same paper across records by the keys of <see cref="PaperKeys"/>: two records
/// are one paper when their arXiv ids or their normalised titles are equal. Papers are numbered
/// 0, 1, 2... in the order they are first seen. Only a 64-bit hash of each key is kept (not the
/// key, never the text), so a corpus of millions of papers costs tens of bytes a paper.
/// </summary>
public sealed class PaperMatcher
{
    // Distinct seeds keep an id from ever matching a title that hashes alike.
    private const long TitleSeed = 0x5449544C45;
    private const long ArxivSeed = 0x4152584956;

    private readonly Dictionary<ulong, int> numberByKey = [];

    /// <summary>How many distinct papers have been seen.</summary>
    public int PaperCount { get; private set; }

    /// <summary>Matches a record against every paper seen so far, and remembers its keys.</summary>
    public PaperMatch Match(PaperRecord record)
    {
        var keys = PaperKeys.Of(record);
        var titleHash = Hash(keys.Title, TitleSeed);
        ulong? idHash = keys.ArxivId is { } id ? Hash(id, ArxivSeed) : null;

        // The arXiv id is the stronger key: it decides when both keys are known and point apart.
        if ((idHash is { } byId && numberByKey.TryGetValue(byId, out var number)) || numberByKey.TryGetValue(titleHash, out number))
        {
            Remember(titleHash, idHash, number);
            return new PaperMatch(number, IsNew: false);
        }

        number = PaperCount++;
        Remember(titleHash, idHash, number);
        return new PaperMatch(number, IsNew: true);
    }

    private void Remember(ulong titleHash, ulong? idHash, int number)
    {
        // A key already taken keeps its first paper: a later record never re-points it.
        numberByKey.TryAdd(titleHash, number);
        if (idHash is { } id)
        {
            numberByKey.TryAdd(id, number);
        }
    }

    private static ulong Hash(string key, long seed) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan()), seed);
}
