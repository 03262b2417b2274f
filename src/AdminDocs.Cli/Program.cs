using System;
using System.Text;

namespace AdminDocs.Cli;

/// <summary>The entry point of the <c>admindocs</c> tool.</summary>
internal static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args)
    {
        // Vietnamese must print correctly whatever the terminal's default; no byte-order mark.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return CommandLineApp.Run(args, Console.Out, Console.Error, terminal: TerminalInfo.FromConsole(), stdin: Console.OpenStandardInput);
    }
}
