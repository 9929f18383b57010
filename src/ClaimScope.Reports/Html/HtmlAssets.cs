using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace ClaimScope.Reports.Html;

/// <summary>
/// The page's stylesheet and script, embedded in the assembly. The script's hash goes into the
/// page's Content-Security-Policy, so only this script can run even if feed text slipped through.
/// </summary>
internal static class HtmlAssets
{
    public static string Style { get; } = Load("report.css");

    public static string Script { get; } = Load("report.js");

    public static string ScriptHash { get; } = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));

    private static string Load(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);

        // Line endings are normalised so the hash matches what is written into the page.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
