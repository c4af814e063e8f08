using BenchmarkDotNet.Attributes;
using CopyLint.Text;

namespace CopyLint.Benchmarks;

/// <summary>Building the document model (tokens, paragraphs, sentences, line map) for one ~800-word article.</summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private readonly string _text = Articles.Realistic;

    [Benchmark(Description = "SourceText (line map)")]
    public SourceText Source() => new(_text, "article.txt");

    [Benchmark(Baseline = true, Description = "Document.Parse")]
    public Document Parse() => Document.Parse(_text, "article.txt");
}
