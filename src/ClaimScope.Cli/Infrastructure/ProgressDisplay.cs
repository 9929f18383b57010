using Spectre.Console;

namespace ClaimScope.Cli.Infrastructure;

/// <summary>
/// A byte-weighted progress bar over input files on a terminal, with the speed in MB/s and
/// papers/s and the time left; nothing at all when standard error is piped, so scripts and logs
/// stay clean.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, which reports files started and bytes read through the progress it is given.</summary>
    public static void Run(CliContext context, string label, IReadOnlyList<string> files, Action<ReadProgress> work)
    {
        if (!context.Interactive)
        {
            work(ReadProgress.None);
            return;
        }

        var sizes = files.ToDictionary(f => f, f => f != "-" && File.Exists(f) ? Math.Max(1, new FileInfo(f).Length) : 1L);
        context.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new TransferSpeedColumn { Base = FileSizeBase.Decimal },
                new PapersPerSecondColumn(),
                new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(label, maxValue: sizes.Values.Sum());
                var done = 0L;
                string? current = null;
                work(new ReadProgress(
                    file =>
                    {
                        if (current is not null)
                        {
                            done += sizes[current];
                        }

                        current = file;
                        task.Value = done;
                        task.Description = $"{label}: {Markup.Escape(ConsoleText.Line(Path.GetFileName(file)))}";
                    },
                    position => task.Value = done + Math.Min(position, current is null ? 0 : sizes[current]),
                    () => task.State.Update<long>(PapersPerSecondColumn.RecordsKey, n => n + 1)));
                task.Value = task.MaxValue;
            });
    }

    /// <summary>Runs work that reports named steps; a spinner shows the current step on a terminal.</summary>
    public static void RunStatus(CliContext context, string label, Action<IProgress<string>?> work)
    {
        if (!context.Interactive)
        {
            work(null);
            return;
        }

        context.ErrorConsole.Status().Start(label, status =>
            work(new SynchronousProgress(step => status.Status($"{label}: {Markup.Escape(ConsoleText.Line(step))}"))));
    }

    /// <summary>Reports on the caller's thread: <see cref="Progress{T}"/> would post to the thread pool and race the spinner.</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
