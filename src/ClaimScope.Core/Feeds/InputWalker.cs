using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// Expands the inputs a user names into files, safely: inside folders only regular files are
/// taken (a pipe or device would block or never end; name it to read it), a file or folder
/// reached twice (a symbolic-link loop, a second name) is taken once, a folder that cannot be
/// listed is reported and skipped, and ClaimScope's own outputs and the excluded folders (the
/// command's --out) are passed over.
/// </summary>
public static class InputWalker
{
    /// <summary>
    /// The files to read, folder contents in a stable order. A path that does not exist throws
    /// <see cref="FileNotFoundException"/>; everything else skipped goes to <paramref name="problems"/>,
    /// except ClaimScope's own outputs, which go to <paramref name="ownOutputs"/>.
    /// </summary>
    public static IReadOnlyList<string> Expand(
        IEnumerable<string> inputs,
        Action<FeedProblem> problems,
        IEnumerable<string>? excludedFolders = null,
        Action<string>? ownOutputs = null)
    {
        var walk = new Walk(problems, ownOutputs ?? (_ => { }), (excludedFolders ?? []).Select(f => FileKind.Of(f).Identity).ToHashSet(StringComparer.Ordinal));
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                files.Add(input);
                continue;
            }

            var (kind, identity) = FileKind.Of(input);
            switch (kind)
            {
                case FileKind.Kind.Directory:
                    var found = new List<string>();
                    walk.Folder(input, identity, found);
                    files.AddRange(found.Order(StringComparer.Ordinal));
                    break;
                case FileKind.Kind.Missing:
                    throw new FileNotFoundException($"{input}: no such file or folder", input);
                default:
                    // Named explicitly: read whatever it is (a pipe, a device); the size caps bound it.
                    if (walk.FirstSighting(identity))
                    {
                        files.Add(input);
                    }

                    break;
            }
        }

        return files;
    }

    private sealed class Walk(Action<FeedProblem> problems, Action<string> ownOutputs, HashSet<string> excluded)
    {
        private readonly HashSet<string> seen = new(StringComparer.Ordinal);

        public bool FirstSighting(string identity) => seen.Add(identity);

        public void Folder(string folder, string identity, List<string> found)
        {
            if (excluded.Contains(identity))
            {
                return;
            }

            if (!FirstSighting(identity))
            {
                problems(Skipped(folder, "folder already read under another name (a symbolic-link loop?); skipped"));
                return;
            }

            if (OwnOutputs.IsReportFolder(folder))
            {
                ownOutputs(folder);
                return;
            }

            List<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems(Skipped(folder, $"cannot list this folder ({(e is UnauthorizedAccessException ? "permission denied" : e.Message)}); skipped"));
                return;
            }

            foreach (var entry in entries.Where(e => !Path.GetFileName(e).StartsWith('.')))
            {
                Entry(entry, found);
            }
        }

        private void Entry(string path, List<string> found)
        {
            var (kind, identity) = FileKind.Of(path);
            switch (kind)
            {
                case FileKind.Kind.Directory:
                    Folder(path, identity, found);
                    break;
                case FileKind.Kind.Regular when OwnOutputs.IsExport(path):
                    ownOutputs(path);
                    break;
                case FileKind.Kind.Regular:
                    if (FirstSighting(identity))
                    {
                        found.Add(path);
                    }

                    break;
                case FileKind.Kind.Missing:
                    problems(Skipped(path, "a link to nothing (or unreadable); skipped"));
                    break;
                default:
                    problems(Skipped(path, "not a regular file (a pipe, socket or device); skipped: name it on the command line to read it"));
                    break;
            }
        }

        private static FeedProblem Skipped(string path, string message) => new(new SourceLocation(path, 0), message);
    }
}
