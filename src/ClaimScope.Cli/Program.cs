using System.Text;
using ClaimScope.Cli;
using ClaimScope.Cli.Infrastructure;

Console.OutputEncoding = Encoding.UTF8;
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
try
{
    var context = new CliContext(
        stdout,
        Console.Error,
        Console.OpenStandardInput,
        interactive: !Console.IsErrorRedirected,
        outputIsTerminal: !Console.IsOutputRedirected);
    return CliApp.Run(args, context);
}
finally
{
    stdout.Flush();
}
