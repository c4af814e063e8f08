using System.CommandLine;

namespace CopyLint.Cli.Commands;

/// <summary>`copylint lsp`: the language server over standard input and output, for editors.</summary>
internal static class LspCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("lsp", "Run the language server over standard input and output (for editors)");
        command.SetAction((_, cancellationToken) =>
            CopyLint.Lsp.LanguageServer.RunAsync(context.OpenStandardInput(), context.OpenStandardOutput(), cancellationToken));
        return command;
    }
}
