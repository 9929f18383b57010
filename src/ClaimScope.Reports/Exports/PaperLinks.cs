using System.Text.RegularExpressions;
using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Exports;

/// <summary>
/// Where a reader can open a paper and its code. Feed URLs are untrusted: only absolute http(s)
/// URLs are ever turned into links, so a "javascript:" code link cannot reach a report.
/// </summary>
public static partial class PaperLinks
{
    /// <summary>The arXiv abstract page when the arXiv id is known, else a Hugging Face papers search by title.</summary>
    public static string PaperUrl(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return paper.ArxivId is { } id && ArxivId().IsMatch(id)
            ? "https://arxiv.org/abs/" + id
            : "https://huggingface.co/papers?q=" + Uri.EscapeDataString(paper.Title);
    }

    /// <summary>The paper's code URL when it is an absolute http(s) URL, else null.</summary>
    public static string? CodeUrl(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return SafeHttpUrl(paper.CodeUrl);
    }

    public static string? SafeHttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    // New-style (2401.12345v2) and old-style (cs/0101001) ids; anything else is not trusted in a URL path.
    [GeneratedRegex(@"^(\d{4}\.\d{4,5}|[a-z\-]+(\.[A-Z]{2})?/\d{7})(v\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivId();
}
