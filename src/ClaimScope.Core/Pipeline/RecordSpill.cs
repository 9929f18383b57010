using System.Text;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Pipeline;

/// <summary>
/// Paper records kept in a temporary file instead of memory (deleted when disposed), read back
/// by the number they were added under: what lets <c>papers</c> list millions of papers with only
/// an offset a paper in memory.
/// </summary>
internal sealed class RecordSpill : IDisposable
{
    private readonly FileStream file;
    private readonly BinaryWriter writer;
    private readonly BinaryReader reader;
    private readonly List<long> offsets = [];
    private bool reading;

    public RecordSpill()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimscope-{Guid.NewGuid():N}.spill");
        file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true);
        reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
    }

    public int Count => offsets.Count;

    public void Append(PaperRecord record)
    {
        if (reading)
        {
            // Appends go to the end; a read in between moved the position.
            file.Seek(0, SeekOrigin.End);
            reading = false;
        }

        offsets.Add(file.Position);
        writer.Write(record.Title);
        writer.Write(record.Abstract);
        WriteOptional(record.ArxivId);
        writer.Write(record.Authors.Count);
        foreach (var author in record.Authors)
        {
            writer.Write(author);
        }

        WriteOptional(record.AuthorCount);
        WriteOptional(record.Organisation?.Slug);
        WriteOptional(record.Organisation?.Name);
        WriteOptional(record.Published?.DayNumber);
        WriteOptional(record.Upvotes);
        WriteOptional(record.ListingDate?.DayNumber);
        WriteOptional(record.CodeUrl);
        writer.Write(record.Source.File);
        writer.Write(record.Source.Line);
    }

    public PaperRecord Read(int index)
    {
        reading = true;
        file.Position = offsets[index];
        var title = reader.ReadString();
        var text = reader.ReadString();
        var arxivId = ReadOptionalString();
        var authors = new string[reader.ReadInt32()];
        for (var i = 0; i < authors.Length; i++)
        {
            authors[i] = reader.ReadString();
        }

        var authorCount = ReadOptionalInt();
        var slug = ReadOptionalString();
        var name = ReadOptionalString();
        var published = ReadOptionalInt();
        var upvotes = ReadOptionalInt();
        var listingDate = ReadOptionalInt();
        var codeUrl = ReadOptionalString();
        return new PaperRecord
        {
            Title = title,
            Abstract = text,
            ArxivId = arxivId,
            Authors = authors,
            AuthorCount = authorCount,
            Organisation = slug is not null && name is not null ? new Organisation(slug, name) : null,
            Published = published is { } p ? DateOnly.FromDayNumber(p) : null,
            Upvotes = upvotes,
            ListingDate = listingDate is { } d ? DateOnly.FromDayNumber(d) : null,
            CodeUrl = codeUrl,
            Source = new SourceLocation(reader.ReadString(), reader.ReadInt32()),
        };
    }

    public void Dispose()
    {
        reader.Dispose();
        writer.Dispose();
        file.Dispose();
    }

    private void WriteOptional(string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private void WriteOptional(int? value)
    {
        writer.Write(value.HasValue);
        if (value is { } v)
        {
            writer.Write(v);
        }
    }

    private string? ReadOptionalString() => reader.ReadBoolean() ? reader.ReadString() : null;

    private int? ReadOptionalInt() => reader.ReadBoolean() ? reader.ReadInt32() : null;
}
