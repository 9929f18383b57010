using System.Globalization;
using System.Text.Json;
using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Exports;

/// <summary>
/// papers.jsonl: one JSON object a line per unique paper, with its abstract and every listing it
/// appeared in, so other tools can rebuild the corpus without the original feeds.
/// </summary>
public sealed class PapersJsonlExport : ReportExporter
{
    public override string FileName => "papers.jsonl";

    public static void Write(TextWriter output, IEnumerable<Paper> papers) => JsonLines.Write(output, papers, WritePaper);

    protected override void WriteContent(ReportContext context, TextWriter output) => Write(output, context.Input.Papers);

    private static void WritePaper(Utf8JsonWriter json, Paper paper)
    {
        json.WriteStartObject();
        json.WriteString("paper_id", paper.Id);
        json.WriteString("title", paper.Title);
        json.WriteString("abstract", paper.Abstract);
        json.WriteString("arxiv_id", paper.ArxivId);
        json.WriteStartArray("authors");
        foreach (var author in paper.Authors)
        {
            json.WriteStringValue(author);
        }

        json.WriteEndArray();
        JsonLines.WriteNumber(json, "author_count", paper.AuthorCount);
        json.WriteString("organisation", paper.Organisation?.Name);
        json.WriteString("organisation_slug", paper.Organisation?.Slug);
        json.WriteString("published", Date(paper.Published));
        JsonLines.WriteNumber(json, "upvotes", paper.Upvotes);
        json.WriteString("code_url", paper.CodeUrl);
        json.WriteStartArray("listings");
        foreach (var appearance in paper.Appearances)
        {
            json.WriteStartObject();
            json.WriteString("listing_date", Date(appearance.ListingDate));
            json.WriteString("source", appearance.Source.ToString());
            JsonLines.WriteNumber(json, "upvotes", appearance.Upvotes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("source", paper.Source.ToString());
        json.WriteEndObject();
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
