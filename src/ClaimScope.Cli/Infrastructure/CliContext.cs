using Spectre.Console;

namespace ClaimScope.Cli.Infrastructure;

/// <summary>
/// The streams a command talks to: data goes to <see cref="Out"/>, messages and progress to
/// <see cref="Error"/>. Tests pass string writers; the program passes the process's streams.
/// </summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, Func<Stream> openStandardInput, bool interactive, bool outputIsTerminal = false)
    {
        OutputIsTerminal = outputIsTerminal;
        Out = output;
        Error = error;
        OpenStandardInput = openStandardInput;
        Interactive = interactive;
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        ErrorConsole = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive && !noColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public Func<Stream> OpenStandardInput { get; }

    /// <summary>Whether a person watches standard error: only then is progress drawn.</summary>
    public bool Interactive { get; }

    /// <summary>Spectre console on standard error, for progress and styled messages.</summary>
    public IAnsiConsole ErrorConsole { get; }

    /// <summary>Whether standard output is a terminal (tables get colour and the terminal's width).</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>A Spectre console on standard output, for tables; plain when output is piped.</summary>
    public IAnsiConsole CreateOutputConsole()
    {
        var outputIsTerminal = OutputIsTerminal;
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = outputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = outputIsTerminal && !noColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!outputIsTerminal)
        {
            // Piped tables keep their full width instead of the 80-column fallback.
            console.Profile.Width = 200;
        }

        return console;
    }

    /// <summary>One warning line; feed text inside it is stripped of terminal control characters.</summary>
    public void Warn(string message) => Error.WriteLine($"claimscope: warning: {ConsoleText.Line(message)}");

    /// <summary>One error line; feed text inside it is stripped of terminal control characters.</summary>
    public void Fail(string message) => Error.WriteLine($"claimscope: error: {ConsoleText.Line(message)}");
}
