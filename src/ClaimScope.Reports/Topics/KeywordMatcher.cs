namespace ClaimScope.Reports.Topics;

/// <summary>One keyword as a sequence of words; a trailing '*' lets the last word match as a prefix.</summary>
internal sealed record KeywordMatcher(string[] Words, bool LastIsPrefix, int TopicIndex)
{
    public static KeywordMatcher Create(string keyword, int topicIndex)
    {
        var isPrefix = keyword.EndsWith('*');
        return new KeywordMatcher(TopicWords.Split(isPrefix ? keyword[..^1] : keyword), isPrefix, topicIndex);
    }

    public bool MatchesAt(string[] words, int at)
    {
        if (at + Words.Length > words.Length)
        {
            return false;
        }

        for (var k = 0; k < Words.Length; k++)
        {
            var isLast = k == Words.Length - 1;
            var matches = isLast && LastIsPrefix
                ? words[at + k].StartsWith(Words[k], StringComparison.Ordinal)
                : string.Equals(words[at + k], Words[k], StringComparison.Ordinal);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
