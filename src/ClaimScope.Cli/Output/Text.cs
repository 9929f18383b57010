namespace ClaimScope.Cli.Output;

/// <summary>Small text helpers for terminal output.</summary>
internal static class Text
{
    public static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");
}
