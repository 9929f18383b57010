using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClaimScope.Cli.Infrastructure;

/// <summary>A progress column with the records read per second since the task started ("1,234 papers/s").</summary>
internal sealed class PapersPerSecondColumn : ProgressColumn
{
    /// <summary>The task state key the count of records read is kept under.</summary>
    public const string RecordsKey = "records";

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var records = task.State.Get<long>(RecordsKey);
        var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
        var text = seconds > 0 ? (records / seconds).ToString("N0", CultureInfo.InvariantCulture) + " papers/s" : "";
        return new Markup(Markup.Escape(text));
    }
}
