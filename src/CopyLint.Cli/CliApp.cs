using System.CommandLine;
using CopyLint.Cli.Commands;

namespace CopyLint.Cli;

/// <summary>The `copylint` command line: builds the commands and runs one, mapping every known failure to exit code 2.</summary>
public static class CliApp
{
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("CopyLint: a linter for news copy")
        {
            CheckCommand.Create(context),
            FixCommand.Create(context),
            RulesCommand.Create(context),
            ExplainCommand.Create(context),
            InitCommand.Create(context),
            DocsCommand.Create(context),
            ParseCommand.Create(context),
            LspCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"copylint: {error.Message}");
            }

            context.Error.WriteLine("Run 'copylint --help' for usage.");
            return ExitCodes.Error;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
    }
}
