using System.CommandLine;
using CopyLint.Engine;
using CopyLint.Rules;
using CopyLint.Text;

// Minimal bootstrap; the full command line (formats, fix, rules, explain, init, config) replaces this.
var paths = new Argument<string[]>("paths") { Description = "Files or folders to check", Arity = ArgumentArity.ZeroOrMore };
var check = new Command("check", "Check copy for defects") { paths };
check.SetAction(parse =>
{
    var rules = BuiltInRules.CreateDefaultRuleSet();
    var linter = new Linter(rules, EmbeddedRuleData.Load());
    var count = 0;
    foreach (var path in parse.GetValue(paths) ?? [])
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".txt") || f.EndsWith(".md")).Order()
            : new[] { path }.AsEnumerable();
        foreach (var file in files)
        {
            var result = linter.Lint(SourceText.FromFile(file), LintSettings.Default);
            foreach (var d in result.Diagnostics)
            {
                count++;
                Console.WriteLine($"{d.Path}:{d.Start.Line}:{d.Start.Column}: {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}");
            }
        }
    }

    return count > 0 ? 1 : 0;
});
var file = new Argument<string>("file");
var parseCommand = new Command("parse", "Show how CopyLint splits a file into paragraphs and sentences") { file };
parseCommand.SetAction(parse =>
{
    var document = Document.Parse(SourceText.FromFile(parse.GetValue(file)!));
    foreach (var paragraph in document.Paragraphs)
    {
        Console.WriteLine($"¶{paragraph.Index} line {paragraph.FirstLine}{(paragraph.IsHeadingLike ? " (heading)" : "")}");
        foreach (var sentence in paragraph.Sentences)
        {
            Console.WriteLine($"  [{sentence.Index}] {document.GetText(sentence.Span)}");
        }
    }
});
var lsp = new Command("lsp", "Run the language server over standard input and output");
lsp.SetAction((_, cancellationToken) => CopyLint.Lsp.LanguageServer.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), cancellationToken));
var root = new RootCommand("CopyLint: a linter for news copy") { check, parseCommand, lsp };
return root.Parse(args).Invoke();
