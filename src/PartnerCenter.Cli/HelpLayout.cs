using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace PartnerCenter.Cli;

/// <summary>
/// The help every command prints: System.CommandLine's own, then the command's notes, then (for commands that call
/// the service, and the root) the credential variables and the exit codes. Kept out of the descriptions, so that a
/// parent's list of commands stays one line per command.
/// </summary>
internal static class HelpLayout
{
    public static Dictionary<Command, string> Notes { get; } = [];

    public static void Apply(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is SynchronousCommandLineAction builtIn)
        {
            help.Action = new HelpWithReference(builtIn);
        }
    }

    private sealed class HelpWithReference(SynchronousCommandLineAction builtIn) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = builtIn.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var command = parseResult.CommandResult.Command;
            if (Notes.TryGetValue(command, out var notes))
            {
                output.WriteLine("Notes:");
                foreach (var line in notes.ReplaceLineEndings("\n").TrimEnd().Split('\n'))
                {
                    output.WriteLine("  " + line);
                }

                output.WriteLine();
            }

            if (command.Action is not null || command is RootCommand)
            {
                output.WriteLine(EnvironmentVariables.HelpText);
                output.WriteLine();
                output.WriteLine(ExitCodes.HelpText);
            }

            return exitCode;
        }
    }
}
