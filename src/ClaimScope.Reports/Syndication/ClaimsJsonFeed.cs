using System.Text.Json;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Charts;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Reports.Syndication;

/// <summary>
/// Writes a <see cref="ClaimFeed"/> as a JSON Feed 1.1 document: one item per paper with a plain
/// text body, and the claims themselves under the <c>_claimscope</c> extension for chat hooks and
/// scripts (each one a claims.jsonl object).
/// </summary>
public static class ClaimsJsonFeed
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static void Write(Stream output, ClaimFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("version", Version);
        json.WriteString("title", feed.Title);
        json.WriteString("description", feed.Description);
        if (feed.SelfUrl is { } self)
        {
            json.WriteString("feed_url", self);
        }

        Authors(json, [ClaimFeed.Generator]);
        json.WriteStartArray("items");
        foreach (var entry in feed.Entries)
        {
            WriteItem(json, entry);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter json, ClaimFeedEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("url", entry.Url);
        if (entry.CodeUrl is { } code)
        {
            json.WriteString("external_url", code);
        }

        json.WriteString("title", entry.Paper.Title);
        json.WriteString("summary", ClaimFeedText.Summary(entry));
        json.WriteString("content_text", string.Join('\n', entry.Claims.Select(ClaimFeedText.Line)) + "\n\n" + entry.Paper.Abstract);
        if (entry.Published is { } published)
        {
            json.WriteString("date_published", ClaimFeedText.Rfc3339(published));
        }

        json.WriteString("date_modified", ClaimFeedText.Rfc3339(entry.Updated));
        if (entry.Authors.Count > 0)
        {
            Authors(json, entry.Authors.Take(10));
        }

        json.WriteStartArray("tags");
        foreach (var tag in entry.Claims.SelectMany(c => new[] { c.Kind.ToWire(), TargetGroups.Of(c.Target) }).Distinct(StringComparer.Ordinal))
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        WriteExtension(json, entry);
        json.WriteEndObject();
    }

    private static void WriteExtension(Utf8JsonWriter json, ClaimFeedEntry entry)
    {
        json.WriteStartObject("_claimscope");
        json.WriteString("paper_id", entry.Paper.Id);
        json.WriteString("arxiv_id", entry.Paper.ArxivId);
        json.WriteStartArray("claims");
        foreach (var claim in entry.Claims)
        {
            // The very objects of claims.jsonl, so a hook reads the same fields as every export.
            ClaimsJsonlExport.WriteClaim(json, entry.Paper, claim);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Authors(Utf8JsonWriter json, IEnumerable<string> names)
    {
        json.WriteStartArray("authors");
        foreach (var name in names)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
