using System.CommandLine;
using CopyLint.Cli.Output;
using CopyLint.Cli.Running;
using Spectre.Console;

namespace CopyLint.Cli.Commands;

/// <summary>`copylint rules`: a table of every rule in force here (built-in and from configured packs).</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var config = CommonOptions.Config();
        var command = new Command("rules", "List every rule: ID, name, category, default severity and title") { config };
        command.SetAction(parse => CommandAction.Guard(context, () =>
        {
            var rules = LintSession.Create(context, parse.GetValue(config)).RulesHere();
            var table = new Table().Border(context.IsOutputTerminal ? TableBorder.Rounded : TableBorder.Markdown);
            foreach (var column in new[] { "ID", "Name", "Category", "Severity", "Title" })
            {
                table.AddColumn(column);
            }

            foreach (var d in rules.Descriptors)
            {
                table.AddRow(Markup.Escape(d.Id), Markup.Escape(d.Name), d.Category.ToString(), ReportWriters.Lower(d.DefaultSeverity), Markup.Escape(d.Title));
            }

            Consoles.Create(context.Out, Consoles.UseColour(context, context.IsOutputTerminal), Consoles.TableWidth(context.IsOutputTerminal)).Write(table);
            return ExitCodes.Clean;
        }));
        return command;
    }
}
