using BenchmarkDotNet.Attributes;
using CopyLint.Text;

namespace CopyLint.Benchmarks;

/// <summary>The tokenizer on one ~800-word article: the public Superpower tokenizer and the scanner both share.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly string _text = Articles.Realistic;

    [Benchmark(Baseline = true, Description = "NewsTokenizer.TokenizeText")]
    public Token[] TokenizeText() => NewsTokenizer.Instance.TokenizeText(_text);

    [Benchmark(Description = "Superpower Tokenize (TokenList)")]
    public int SuperpowerTokenize() => NewsTokenizer.Instance.Tokenize(_text).Count();

    [Benchmark(Description = "TokenScanner.Next loop")]
    public int ScannerOnly()
    {
        var count = 0;
        for (var position = 0; position < _text.Length; count++)
        {
            position += TokenScanner.Next(_text, position).Length;
        }

        return count;
    }
}
