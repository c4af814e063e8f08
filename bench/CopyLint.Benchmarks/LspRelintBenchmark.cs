using System.Text;
using BenchmarkDotNet.Attributes;
using CopyLint.Engine.Configuration;
using CopyLint.Lsp;
using CopyLint.Lsp.Protocol;

namespace CopyLint.Benchmarks;

/// <summary>
/// What the language server does after a keystroke in a 5,000-word article: apply the incremental change, then
/// lint the whole text with every built-in rule (the work the debounced re-lint runs).
/// Run: dotnet run -c Release --project bench/CopyLint.Benchmarks -- --filter '*Lsp*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LspRelintBenchmark
{
    private OpenDocument _document = null!;
    private FileLintPlan _plan = null!;
    private TextDocumentContentChangeEvent[] _keystroke = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = SyntheticArticle.Generate(words: 5_000);
        _document = OpenDocument.Create(new TextDocumentItem("file:///bench/article.md", "markdown", 1, text));
        (_plan, _) = new LintConfiguration().Resolve(_document.Source.Path, lastGood: null);

        // Type one letter in the middle of the article.
        var middle = _document.Source.ToPosition(text.IndexOf(' ', text.Length / 2));
        _keystroke = [new TextDocumentContentChangeEvent(new CopyLint.Lsp.Protocol.Range(middle, middle), "s")];
    }

    [Benchmark]
    public int RelintAfterOneCharacterEdit()
    {
        var edited = _document.Apply(_keystroke, version: 2);
        return edited.Lint(_plan).Diagnostics.Count;
    }
}

/// <summary>A deterministic news article of a given length, made of varied wire-style sentences in paragraphs.</summary>
internal static class SyntheticArticle
{
    private static readonly string[] People = ["Maria Lopez", "Chen Wei", "Amara Okafor", "Lars Nilsson", "Priya Raman", "José Álvarez"];

    private static readonly string[] Places = ["Lisbon", "Nairobi", "Osaka", "Manchester", "Porto Alegre", "Kraków"];

    private static readonly string[] Templates =
    [
        "{0}, the city's finance director, said the budget for {1} would rise by {2}% next year.",
        "“We have never seen demand like this,” {0} told reporters in {1} on Tuesday.",
        "The council approved {3} new homes after a debate that lasted more than {2} hours.",
        "Officials in {1} said the plan, first proposed in {4}, had been delayed by a shortage of engineers.",
        "According to figures published by the statistics office, unemployment fell to {2}.{2}% in the third quarter.",
        "{0} said the decision was “a turning point” for families who had waited years for a solution.",
        "Critics argue that the scheme will cost taxpayers about ${3}m, a figure the government disputes.",
        "The report, which runs to {3} pages, recommends that schools in {1} open earlier in the morning.",
        "Police said two people had been taken to hospital with minor injuries after the crash near {1}.",
        "Shares in the company closed {2}% higher on Friday after it raised its forecast for the year.",
    ];

    public static string Generate(int words)
    {
        var builder = new StringBuilder("City budget rises as demand grows\n\n");
        var count = 0;
        for (var i = 0; count < words; i++)
        {
            var sentence = string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                Templates[i % Templates.Length],
                People[i % People.Length],
                Places[(i / 3) % Places.Length],
                3 + (i % 17),
                120 + (i * 37 % 900),
                1990 + (i % 30));
            builder.Append(sentence);
            count += sentence.Split(' ').Length;
            builder.Append(i % 4 == 3 ? "\n\n" : " ");
        }

        return builder.ToString();
    }
}
