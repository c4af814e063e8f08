using System.Text;
using CopyLint.Engine;

namespace CopyLint.Rules;

/// <summary>
/// The default rule data: the repository's <c>rules/</c> folder, embedded in this assembly at build time as one
/// resource, <c>rules.bundle</c> (CopyLint.Rules.csproj): an index of lines "NAME LENGTH", a blank line, then each
/// file's UTF-8 bytes in the index's order. Each pack's compiled form (<see cref="Engine.Packs.CompiledPack"/>) is in it too.
/// </summary>
public static class EmbeddedRuleData
{
    /// <summary>Where the bundle keeps a built-in pack's compiled form (CompiledPack): "compiled/packs/NAME" for "packs/NAME".</summary>
    private const string CompiledPrefix = "compiled/";

    public static RuleDataSet Load()
    {
        var bundle = ReadBundle();
        var files = new List<RuleDataFile>();
        var compiled = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        var indexEnd = bundle.Span.IndexOf("\n\n"u8) + 1;
        var start = indexEnd + 1;
        foreach (var range in bundle.Span[..(indexEnd - 1)].Split((byte)'\n'))
        {
            var line = Encoding.UTF8.GetString(bundle.Span[range]);
            var space = line.LastIndexOf(' ');
            var (name, at, length) = (line[..space], start, int.Parse(line.AsSpan(space + 1)));
            if (name.StartsWith(CompiledPrefix, StringComparison.Ordinal))
            {
                compiled[name[CompiledPrefix.Length..]] = bundle.Slice(at, length);
            }
            else
            {
                files.Add(new RuleDataFile(name, WithoutPreamble(bundle.Slice(at, length)), "(built-in) rules/" + name, builtIn: true));
            }

            start += length;
        }

        for (var i = 0; i < files.Count; i++)
        {
            if (compiled.TryGetValue(files[i].Name, out var image))
            {
                files[i] = files[i] with { CompiledPack = image };
            }
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
