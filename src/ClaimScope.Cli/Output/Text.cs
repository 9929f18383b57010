using ClaimScope.Cli.Infrastructure;
using Spectre.Console;

namespace ClaimScope.Cli.Output;

/// <summary>Small text helpers for terminal output.</summary>
internal static class Text
{
    /// <summary>At most <paramref name="max"/> characters, cut with an ellipsis; terminal control characters removed.</summary>
    public static string Shorten(string text, int max)
    {
        var line = ConsoleText.Line(text);
        return line.Length <= max ? line : string.Concat(line.AsSpan(0, max - 1).TrimEnd(), "…");
    }

    /// <summary>A Spectre table cell of untrusted text: shortened, control characters removed, markup escaped.</summary>
    public static string Cell(string? text, int max = int.MaxValue) => Markup.Escape(Shorten(text ?? "", max));
}
