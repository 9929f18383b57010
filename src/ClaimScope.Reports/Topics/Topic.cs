namespace ClaimScope.Reports.Topics;

/// <summary>A research topic and the keywords that place a paper in it.</summary>
/// <param name="Name">The topic's display name, as written in the taxonomy file.</param>
/// <param name="Keywords">Keywords as written: a word, a phrase, or a prefix ending in '*'.</param>
public sealed record Topic(string Name, IReadOnlyList<string> Keywords);
