namespace ClaimScope.Cli.Infrastructure;

/// <summary>
/// What reading reports to a progress display: a file started, how far into it reading has got,
/// and each record read (for papers per second).
/// </summary>
internal sealed class ReadProgress(Action<string> fileStarted, Action<long> bytesRead, Action? recordRead = null)
{
    /// <summary>A progress that nobody watches.</summary>
    public static ReadProgress None { get; } = new(_ => { }, _ => { });

    public void FileStarted(string file) => fileStarted(file);

    public void BytesRead(long position) => bytesRead(position);

    public void RecordRead() => recordRead?.Invoke();
}
