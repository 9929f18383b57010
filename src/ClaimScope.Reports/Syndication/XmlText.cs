using System.Text;
using System.Xml;

namespace ClaimScope.Reports.Syndication;

/// <summary>
/// Feed text may hold characters XML 1.0 cannot carry at all (control characters, lone
/// surrogates): they are dropped, since escaping cannot express them and XmlWriter would refuse.
/// </summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.Length == text.Length ? text : clean.ToString();
    }
}
