using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Charts;

/// <summary>Two appearances are in the same listing when they share a listing date, or, undated, a file.</summary>
internal sealed class ListingComparer : IEqualityComparer<PaperAppearance>
{
    public static ListingComparer Instance { get; } = new();

    public bool Equals(PaperAppearance? x, PaperAppearance? y) =>
        x is not null && y is not null && x.ListingDate == y.ListingDate && (x.ListingDate is not null || x.Source.File == y.Source.File);

    public int GetHashCode(PaperAppearance obj) =>
        obj.ListingDate is { } date ? date.GetHashCode() : StringComparer.Ordinal.GetHashCode(obj.Source.File);
}
