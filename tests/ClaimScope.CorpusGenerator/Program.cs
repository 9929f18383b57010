using System.Globalization;
using ClaimScope.CorpusGenerator;

// claimscope-corpus OUTPUT SIZE [--seed N] [--data FOLDER]: an arXiv-snapshot-shaped JSON-lines
// file of SIZE (bytes, or with a KB/MB/GB suffix) from the abstracts in data/, for scale runs.
const string Usage = "usage: ClaimScope.CorpusGenerator OUTPUT SIZE [--seed N] [--data FOLDER]   (SIZE: bytes, or 300MB, 1GB; OUTPUT - for standard output)";
var positional = new List<string>();
var seed = 1;
string? data = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s):
            seed = s;
            i++;
            break;
        case "--data" when i + 1 < args.Length:
            data = args[++i];
            break;
        case "-h" or "--help":
            Console.WriteLine(Usage);
            return 0;
        default:
            positional.Add(args[i]);
            break;
    }
}

if (positional.Count != 2 || ByteSize.Parse(positional[1]) is not { } size)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

try
{
    var seeds = SeedAbstracts.Load(data ?? SeedAbstracts.FindDataFolder());
    using var output = positional[0] == "-" ? Console.OpenStandardOutput() : new FileStream(positional[0], FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
    var lines = new SnapshotGenerator(seeds, seed).Write(output, size);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {lines} papers ({size} bytes or just over) from {seeds.Count} seed abstracts to {positional[0]}"));
    return 0;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 3;
}
