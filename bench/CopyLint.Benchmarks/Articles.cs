using CopyLint.Text;

namespace CopyLint.Benchmarks;

/// <summary>
/// The copy the benchmarks run on: real wire articles from ../shared/seeds, joined into one article of about
/// 800 words (the size issue #6's single-article target names).
/// </summary>
internal static class Articles
{
    public static string Realistic { get; } = Load();

    private static string Load()
    {
        var seeds = Path.Combine(FindRoot(), "..", "shared", "seeds");
        var files = Directory.Exists(seeds) ? Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length < 2)
        {
            throw new InvalidOperationException($"The benchmarks need the seed articles in {seeds}.");
        }

        // Two seeds give ~820 words; the blank line keeps them separate paragraphs as in a real file.
        return File.ReadAllText(files[0]).TrimEnd() + "\n\n" + File.ReadAllText(files[2]);
    }

    /// <summary>Every copy file (*.txt, *.md) under ../shared and examples/: what the issues' "Done when" timings name.</summary>
    public static IReadOnlyList<SourceText> SharedAndExamples()
    {
        var root = FindRoot();
        return [.. new[] { Path.Combine(root, "..", "shared"), Path.Combine(root, "examples") }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => file.EndsWith(".txt", StringComparison.Ordinal) || file.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(SourceText.FromFile)];
    }

    /// <summary>The files bench/corpus.sh copies into its corpus: every article in examples/ and every seed.</summary>
    public static IReadOnlyList<SourceText> CorpusSources()
    {
        var root = FindRoot();
        var examples = Path.Combine(root, "examples");
        var seeds = Path.Combine(root, "..", "shared", "seeds");
        return [.. (Directory.Exists(examples) ? Directory.EnumerateFiles(examples) : [])
            .Where(file => file.EndsWith(".txt", StringComparison.Ordinal) || file.EndsWith(".md", StringComparison.Ordinal))
            .Concat(Directory.Exists(seeds) ? Directory.EnumerateFiles(seeds, "*.txt") : [])
            .Order(StringComparer.Ordinal)
            .Select(SourceText.FromFile)];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CopyLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CopyLint.sln not found above " + AppContext.BaseDirectory);
    }
}
