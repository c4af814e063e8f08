using System.CommandLine;
using CopyLint.Cli.Docs;
using CopyLint.Rules;

namespace CopyLint.Cli.Commands;

/// <summary>`copylint docs` (for maintainers): regenerates docs/rules/ and the README's rules table from the built-in rules.</summary>
internal static class DocsCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--output") { Description = "The folder for the rule pages", DefaultValueFactory = _ => "docs/rules", HelpName = "FOLDER" };
        var readme = new Option<string>("--readme") { Description = "The README whose rules table to update", DefaultValueFactory = _ => "README.md", HelpName = "FILE" };
        var command = new Command("docs", "Regenerate the rule documentation (docs/rules/*.md and the README rules table)") { output, readme };
        command.Hidden = true;
        command.SetAction(parse => CommandAction.Guard(context, () =>
        {
            var rules = BuiltInRules.CreateDefaultRuleSet();
            var folder = context.FullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(folder);
            var pages = RuleDocs.Pages(rules);
            foreach (var stale in Directory.EnumerateFiles(folder, "*.md").Where(f => !pages.ContainsKey(Path.GetFileName(f))))
            {
                File.Delete(stale);
            }

            foreach (var (name, content) in pages)
            {
                File.WriteAllText(Path.Combine(folder, name), content);
            }

            var readmePath = context.FullPath(parse.GetValue(readme)!);
            File.WriteAllText(readmePath, RuleDocs.UpdateReadme(File.ReadAllText(readmePath), rules));
            context.Out.WriteLine($"Wrote {pages.Count} pages to {parse.GetValue(output)} and the rules table in {parse.GetValue(readme)}");
            return ExitCodes.Clean;
        }));
        return command;
    }
}
