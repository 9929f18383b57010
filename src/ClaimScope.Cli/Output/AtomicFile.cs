using ClaimScope.Cli.Infrastructure;

namespace ClaimScope.Cli.Output;

/// <summary>
/// Writes an output file beside its target and moves it into place, so a failed run (or a feed
/// reader polling mid-write) never sees half a file.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
        {
            throw new CliException($"{path}: the folder does not exist", ExitCodes.Failed);
        }

        var temp = full + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
