using System.Security.Cryptography;
using System.Text;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// The normalised form of a title used to recognise one paper across listings: case, punctuation
/// and spacing differ between copies of the same page, the words do not.
/// </summary>
public static class TitleKey
{
    public static string Normalise(string title)
    {
        var builder = new StringBuilder(title.Length);
        var pendingSpace = false;
        foreach (var c in title.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>A short stable id for a paper known only by its title.</summary>
    public static string Id(string title)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(title)));
        return "t-" + Convert.ToHexStringLower(hash, 0, 6);
    }
}
