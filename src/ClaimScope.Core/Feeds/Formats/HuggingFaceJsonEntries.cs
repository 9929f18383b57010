using System.Text.Json;

namespace ClaimScope.Core.Feeds.Formats;

/// <summary>
/// Finds the entries of a Hugging Face JSON document and the line each starts on, walking the
/// bytes with <see cref="Utf8JsonReader"/> so that problems can name a line. Problems are kept
/// in the list beside the entries, so they reach the caller in file order.
/// </summary>
internal static class HuggingFaceJsonEntries
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    public static List<HuggingFaceJsonEntry> Collect(byte[] bytes, FeedReadOptions options)
    {
        var entries = new List<HuggingFaceJsonEntry>();
        var lines = new Utf8LineCounter(bytes);
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            if (!reader.Read())
            {
                entries.Add(HuggingFaceJsonEntry.Problem(1, "empty JSON document; skipped"));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                ReadArray(ref reader, lines, entries, options);
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadRootObject(bytes, ref reader, lines, entries, options);
            }
            else
            {
                entries.Add(HuggingFaceJsonEntry.Problem(1, "JSON document is neither an array nor an object; skipped"));
            }
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            entries.Add(HuggingFaceJsonEntry.Problem(line, $"malformed JSON ({ex.Message}); the rest of the file is skipped"));
        }

        return entries;
    }

    /// <summary>A wrapper with a "data" array yields its elements; any other object is one entry.</summary>
    private static void ReadRootObject(byte[] bytes, ref Utf8JsonReader reader, Utf8LineCounter lines, List<HuggingFaceJsonEntry> entries, FeedReadOptions options)
    {
        var line = lines.LineAt(reader.TokenStartIndex);
        var root = JsonElement.ParseValue(ref reader);
        if (JsonFields.Array(root, "data") is null || JsonFields.Object(root, "paper") is not null || JsonFields.String(root, "id") is not null)
        {
            entries.Add(new HuggingFaceJsonEntry(root, line, null));
            return;
        }

        // Walk again to the wrapper's "data" array, this time keeping each element's position.
        var rescan = new Utf8JsonReader(bytes, Options);
        while (rescan.Read())
        {
            if (rescan.TokenType == JsonTokenType.PropertyName && rescan.CurrentDepth == 1 && rescan.ValueTextEquals("data"))
            {
                rescan.Read();
                ReadArray(ref rescan, lines, entries, options);
                return;
            }
        }
    }

    private static void ReadArray(ref Utf8JsonReader reader, Utf8LineCounter lines, List<HuggingFaceJsonEntry> entries, FeedReadOptions options)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = lines.LineAt(reader.TokenStartIndex);
            if (reader.TokenType == JsonTokenType.StartObject && SizeOf(reader) is var size && size > options.MaxRecordChars)
            {
                entries.Add(HuggingFaceJsonEntry.Problem(line, RecordLimit.TooLarge(size, options)));
                reader.Skip();
                continue;
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                entries.Add(new HuggingFaceJsonEntry(JsonElement.ParseValue(ref reader), line, null));
                continue;
            }

            var isRepr = reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && text.TrimStart().StartsWith("{'", StringComparison.Ordinal);
            entries.Add(HuggingFaceJsonEntry.Problem(line, isRepr
                ? "entry is a Python-repr string, not a JSON object; skipped"
                : $"entry is a JSON {reader.TokenType}, not an object; skipped"));
            reader.Skip();
        }
    }

    /// <summary>The bytes of the value starting here, measured on a copy of the reader (it is a struct).</summary>
    private static long SizeOf(Utf8JsonReader probe)
    {
        var start = probe.TokenStartIndex;
        probe.Skip();
        return probe.BytesConsumed - start;
    }
}
