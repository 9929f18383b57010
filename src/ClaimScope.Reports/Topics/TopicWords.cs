namespace ClaimScope.Reports.Topics;

/// <summary>
/// Splits text into lowercase words the way keywords are split, so that "text-to-image",
/// "Text to Image" and "text to image" all match one another.
/// </summary>
internal static class TopicWords
{
    public static string[] Split(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return [.. words];
    }
}
