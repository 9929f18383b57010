using System.Runtime.InteropServices;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// What a path is once links are followed (regular file, folder, or something else such as a
/// pipe or a device) and its identity (device and inode), so a folder walk can skip pipes that
/// would block forever and read a file reached by two names once. .NET reports a FIFO and
/// /dev/zero as ordinary files, so on Linux this asks stat(2); elsewhere it falls back to .NET's
/// view, where every non-folder is a file and the identity is the full path.
/// </summary>
internal static class FileKind
{
    private const int ModeTypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>The kinds of thing a path can name.</summary>
    public enum Kind
    {
        Missing,
        Regular,
        Directory,
        Other,
    }

    /// <summary>The kind and identity of <paramref name="path"/>, following symbolic links.</summary>
    public static (Kind Kind, string Identity) Of(string path)
    {
        if (OperatingSystem.IsLinux() && StatLayout() is { } modeOffset)
        {
            var buffer = new byte[256];
            try
            {
                if (Stat(path, buffer) != 0)
                {
                    return (Kind.Missing, path);
                }
            }
            catch (EntryPointNotFoundException)
            {
                return Fallback(path);
            }

            var mode = BitConverter.ToInt32(buffer, modeOffset) & ModeTypeMask;
            var identity = $"{BitConverter.ToUInt64(buffer, 0)}:{BitConverter.ToUInt64(buffer, 8)}";
            return (mode switch { RegularType => Kind.Regular, DirectoryType => Kind.Directory, _ => Kind.Other }, identity);
        }

        return Fallback(path);
    }

    private static (Kind, string) Fallback(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(path))
        {
            return (Kind.Directory, new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full);
        }

        return File.Exists(path) ? (Kind.Regular, new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full) : (Kind.Missing, full);
    }

    /// <summary>Where st_mode sits in struct stat: after dev, ino (x86-64 also puts nlink first).</summary>
    private static int? StatLayout() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 => 16,
        _ => null,
    };

    [DllImport("libc", EntryPoint = "stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
}
