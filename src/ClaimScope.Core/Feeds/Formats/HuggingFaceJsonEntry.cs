using System.Text.Json;

namespace ClaimScope.Core.Feeds.Formats;

/// <summary>One element found in a Hugging Face JSON document: an object to map, or the problem that replaces it.</summary>
internal readonly record struct HuggingFaceJsonEntry(JsonElement? Element, int Line, string? ProblemMessage)
{
    public static HuggingFaceJsonEntry Problem(int line, string message) => new(null, line, message);
}
