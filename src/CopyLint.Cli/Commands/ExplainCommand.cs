using System.CommandLine;
using CopyLint.Cli.Output;
using CopyLint.Cli.Running;
using CopyLint.Engine;
using Spectre.Console;

namespace CopyLint.Cli.Commands;

/// <summary>`copylint explain ID`: everything about one rule; an unknown ID lists the closest ones.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "A rule ID (CL5001) or name (repeated-word)" };
        var config = CommonOptions.Config();
        var command = new Command("explain", "Explain a rule: what it finds, why, its options and its help page") { id, config };
        command.SetAction(parse => CommandAction.Guard(context, () =>
        {
            var rules = LintSession.Create(context, parse.GetValue(config)).RulesHere();
            var wanted = parse.GetValue(id)!.Trim();
            var descriptor = rules.Find(wanted.ToUpperInvariant()) ?? rules.Descriptors.FirstOrDefault(d => string.Equals(d.Name, wanted, StringComparison.OrdinalIgnoreCase));
            if (descriptor is null)
            {
                throw new UsageException(UnknownRule(wanted, rules));
            }

            var console = Consoles.Create(context.Out, Consoles.UseColour(context, context.IsOutputTerminal), context.IsOutputTerminal ? Consoles.TableWidth(true) : null);
            Write(console, descriptor, rules.AnalyzerFor(descriptor.Id)?.Options ?? []);
            return ExitCodes.Clean;
        }));
        return command;
    }

    private static void Write(IAnsiConsole console, DiagnosticDescriptor d, IReadOnlyList<RuleOption> options)
    {
        console.MarkupLine($"[bold]{Markup.Escape(d.Id)}[/] {Markup.Escape(d.Name)}: [bold]{Markup.Escape(d.Title)}[/]");
        console.WriteLine();
        console.WriteLine($"Category:         {d.Category}");
        console.WriteLine($"Default severity: {ReportWriters.Lower(d.DefaultSeverity)}{(d.IsEnabledByDefault ? string.Empty : " (off unless configured)")}");
        console.WriteLine();
        console.WriteLine(d.Description);
        console.WriteLine();
        WriteList(console, "Reported:", d.Reports);
        WriteList(console, "Left alone:", d.LeftAlone);
        if (options.Count == 0)
        {
            console.WriteLine("Options: none");
        }
        else
        {
            console.WriteLine("Options:");
            foreach (var option in options)
            {
                var allowed = option.Expected is { } expected ? $" ({expected})"
                    : option.AllowedValues.Count > 0 ? $" (one of: {string.Join(", ", option.AllowedValues)})" : string.Empty;
                console.WriteLine($"  {option.Name} (default: {option.DefaultValue}){allowed}: {option.Description}");
            }
        }

        console.WriteLine();
        console.WriteLine($"Help: {d.HelpLink}");
    }

    private static void WriteList(IAnsiConsole console, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        console.WriteLine(heading);
        foreach (var item in items)
        {
            console.WriteLine($"  - {item}");
        }

        console.WriteLine();
    }

    /// <summary>"unknown rule 'CL5010'; did you mean CL5001?", with the IDs and names closest to what was typed.</summary>
    public static string UnknownRule(string wanted, RuleSet rules)
    {
        var upper = wanted.ToUpperInvariant();
        var close = rules.Descriptors
            .Select(d => (d.Id, Distance: Math.Min(EditDistance.Between(upper, d.Id), EditDistance.Between(wanted.ToLowerInvariant(), d.Name))))
            .Where(c => c.Distance <= 2 || (upper.Length >= 3 && c.Id.StartsWith(upper[..3], StringComparison.Ordinal)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(5)
            .Select(c => c.Id)
            .ToList();
        var hint = close.Count > 0 ? $"; did you mean {string.Join(", ", close)}?" : ".";
        return $"unknown rule '{wanted}'{hint} Run 'copylint rules' to list them all.";
    }
}
