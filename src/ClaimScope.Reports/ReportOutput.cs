using ClaimScope.Reports.Charts;

namespace ClaimScope.Reports;

/// <summary>
/// The report folder's safety rules. A report is written into a hidden staging folder inside
/// --out, then each file is moved into place, so a failed or killed run leaves the previous report
/// whole (at worst a stale staging folder, removed by the next run). ClaimScope records what it
/// wrote in a manifest; a same-named file it did not write is never overwritten unless forced,
/// and files it never wrote are never deleted.
/// </summary>
public static class ReportOutput
{
    /// <summary>The list of files the last report wrote, one name a line.</summary>
    public const string ManifestName = ".claimscope-report";

    public const string StagingPrefix = ".claimscope-staging-";

    /// <summary>Every name a report may write, so a clash is found before any work starts.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        .. ReportWriter.Exporters.Select(e => e.FileName),
        .. ChartSet.Charts.SelectMany(c => new[] { c.Name + ".png", c.Name + ".svg" }),
    ];

    /// <summary>Throws <see cref="ReportOutputException"/> when --out is a file, or holds a file of a report's name that ClaimScope did not write (unless <paramref name="force"/>).</summary>
    public static void Check(string outDir, bool force)
    {
        outDir = Path.GetFullPath(outDir);
        if (File.Exists(outDir))
        {
            throw new ReportOutputException($"{outDir}: is a file, not a folder; name a folder for the report");
        }

        if (!Directory.Exists(outDir) || force)
        {
            return;
        }

        var ours = Manifest(outDir);
        foreach (var name in FileNames)
        {
            var path = Path.Combine(outDir, name);
            if ((File.Exists(path) || Directory.Exists(path)) && !ours.Contains(name))
            {
                throw new ReportOutputException($"{path}: exists and was not written by ClaimScope; move it away, choose another --out, or pass --force to overwrite it");
            }
        }
    }

    /// <summary>The names the previous report wrote into the folder (empty without a manifest).</summary>
    public static HashSet<string> Manifest(string outDir)
    {
        var path = Path.Combine(outDir, ManifestName);
        return File.Exists(path)
            ? [.. File.ReadAllLines(path).Where(l => l.Length > 0 && l == Path.GetFileName(l))]
            : new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>A fresh staging folder inside --out; stale ones from killed runs are removed first.</summary>
    public static string Stage(string outDir)
    {
        Directory.CreateDirectory(outDir);
        foreach (var stale in Directory.EnumerateDirectories(outDir, StagingPrefix + "*"))
        {
            Directory.Delete(stale, recursive: true);
        }

        var staging = Path.Combine(outDir, StagingPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>
    /// Moves the staged files into --out, writes the manifest, removes files the previous report
    /// wrote that this one did not (a chart since renamed), and deletes the staging folder.
    /// </summary>
    public static IReadOnlyList<string> Publish(string staging, string outDir, IReadOnlyList<string> stagedFiles)
    {
        var previous = Manifest(outDir);
        var names = stagedFiles.Select(Path.GetFileName).OfType<string>().ToList();
        var manifest = Path.Combine(outDir, ManifestName);

        // The manifest first lists old and new names together, so a kill while moving leaves every file accounted for.
        File.WriteAllLines(manifest, previous.Union(names).Order(StringComparer.Ordinal));
        var published = new List<string>();
        foreach (var file in stagedFiles)
        {
            var target = Path.Combine(outDir, Path.GetFileName(file));
            File.Move(file, target, overwrite: true);
            published.Add(target);
        }

        // Only charts are ever renamed; any other name in an old manifest is left alone.
        foreach (var old in previous.Except(names).Where(n => n.EndsWith(".png", StringComparison.Ordinal) || n.EndsWith(".svg", StringComparison.Ordinal)))
        {
            File.Delete(Path.Combine(outDir, old));
        }

        File.WriteAllLines(manifest, names.Order(StringComparer.Ordinal));
        Directory.Delete(staging, recursive: true);
        return published;
    }
}
