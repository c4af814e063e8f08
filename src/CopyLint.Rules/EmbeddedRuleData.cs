using System.Text;
using CopyLint.Engine;

namespace CopyLint.Rules;

/// <summary>
/// The default rule data: the repository's <c>rules/</c> folder, embedded in this assembly at build time as one
/// resource, <c>rules.bundle</c> (CopyLint.Rules.csproj): an index of lines "NAME LENGTH", a blank line, then each
/// file's UTF-8 bytes in the index's order.
/// </summary>
public static class EmbeddedRuleData
{
    public static RuleDataSet Load()
    {
        var bundle = ReadBundle();
        var files = new List<RuleDataFile>();
        var indexEnd = bundle.Span.IndexOf("\n\n"u8) + 1;
        var start = indexEnd + 1;
        foreach (var range in bundle.Span[..(indexEnd - 1)].Split((byte)'\n'))
        {
            var line = Encoding.UTF8.GetString(bundle.Span[range]);
            var space = line.LastIndexOf(' ');
            var (name, at, length) = (line[..space], start, int.Parse(line.AsSpan(space + 1)));
            files.Add(new RuleDataFile(name, WithoutPreamble(bundle.Slice(at, length)), "(built-in) rules/" + name, builtIn: true));
            start += length;
        }

        return new RuleDataSet(files);
    }

    /// <summary>The bundle in place in the binary's image when the runtime gives it so (it does), else a copy.</summary>
    private static unsafe ReadOnlyMemory<byte> ReadBundle()
    {
        using var stream = typeof(EmbeddedRuleData).Assembly.GetManifestResourceStream("rules.bundle")!;
        if (stream is UnmanagedMemoryStream mapped)
        {
            return new MappedBytes(mapped.PositionPointer, (int)mapped.Length).Memory;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static ReadOnlyMemory<byte> WithoutPreamble(ReadOnlyMemory<byte> text) =>
        text.Span.StartsWith(Encoding.UTF8.Preamble) ? text[Encoding.UTF8.Preamble.Length..] : text;
}
