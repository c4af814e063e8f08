using System.Buffers.Binary;
using System.Text;

namespace CopyLint.Engine.Packs;

/// <summary>
/// A built-in pack as the YAML path builds it (its rules, where each starts, and each line rule's edges), written at
/// build time (CopyLint.Rules.csproj runs CopyLint.PackCompiler over <c>rules/packs</c>) and read at start-up in
/// place of the YAML: parsing the 60 KB pack and reading its line patterns' edges were a fifth of checking one
/// article. The YAML stays the only source: a user's pack, or one replacing the built-in file, is read from YAML.
/// </summary>
public static class CompiledPack
{
    /// <summary>The pack's rules and line edges read from its YAML (the path every other pack takes), as bytes.</summary>
    public static byte[] Compile(RuleDataFile file) =>
        Write(RulePackLoader.Load(file).Select(r => (r.Rule, r.Line, r.Column, PackMatcher.Create(r.Rule))).ToList());

    /// <summary>The bytes <see cref="Read"/> gives <paramref name="rules"/> back from (all but each rule's source path, which is the file's).</summary>
    public static byte[] Write(IReadOnlyList<(PackRule Rule, int Line, int Column, PackMatcher Matcher)> rules)
    {
        var writer = new Writer();
        writer.Int(rules.Count);
        foreach (var (rule, line, column, matcher) in rules)
        {
            writer.Int(line);
            writer.Int(column);
            Write(writer, rule);
            writer.Int(matcher.LineEdges is null ? 0 : 1);
            matcher.LineEdges?.WriteTo(writer);
        }

        return writer.ToArray();
    }

    /// <summary>The rules of <paramref name="file"/> and their matchers, from the bytes <see cref="Compile"/> wrote for it.</summary>
    public static List<(PackRule Rule, int Line, int Column, PackMatcher Matcher)> Read(ReadOnlySpan<byte> image, RuleDataFile file)
    {
        var reader = new Reader(image);
        var count = reader.Int();
        var rules = new List<(PackRule, int, int, PackMatcher)>(count);
        for (var i = 0; i < count; i++)
        {
            var (line, column) = (reader.Int(), reader.Int());
            var rule = ReadRule(ref reader, file.DisplayPath);
            var edges = reader.Int() == 1 ? MatchEdges.ReadFrom(ref reader) : null;
            rules.Add((rule, line, column, PackMatcher.Create(rule, edges)));
        }

        return rules;
    }

    private static void Write(Writer writer, PackRule rule)
    {
        writer.String(rule.Id);
        writer.String(rule.Name);
        writer.Int((int)rule.Kind);
        writer.String(rule.Title);
        writer.String(rule.Message);
        writer.Int((int)rule.Category);
        writer.Int((int)rule.Severity);
        writer.String(rule.Description);
        writer.Int(rule.IgnoreCase ? 1 : 0);
        writer.Int((int)rule.Scope);
        writer.Strings(rule.Tokens);
        writer.Strings(rule.Patterns);
        writer.Int((int)rule.Fix);
        writer.Int(rule.Swap.Count);
        foreach (var (wrong, right) in rule.Swap)
        {
            writer.String(wrong);
            writer.String(right);
        }

        writer.String(rule.Summary);
        writer.Strings(rule.Reports);
        writer.Strings(rule.LeftAlone);
    }

    private static PackRule ReadRule(ref Reader reader, string path)
    {
        var (id, name, kind, title, message) = (reader.String()!, reader.String()!, (PackRuleKind)reader.Int(), reader.String()!, reader.String()!);
        var (category, severity, description) = ((RuleCategory)reader.Int(), (Severity)reader.Int(), reader.String()!);
        var (ignoreCase, scope, tokens, patterns, fix) = (reader.Int() == 1, (PackScope)reader.Int(), reader.Strings(), reader.Strings(), (PackFix)reader.Int());
        var swapCount = reader.Int();
        var swap = new List<KeyValuePair<string, string>>(swapCount);
        for (var i = 0; i < swapCount; i++)
        {
            swap.Add(KeyValuePair.Create(reader.String()!, reader.String()!));
        }

        return new PackRule(id, name, kind, title, message, category, severity, description, ignoreCase, scope, tokens, patterns, fix, swap, path)
        {
            Summary = reader.String(),
            Reports = reader.Strings(),
            LeftAlone = reader.Strings(),
        };
    }

    /// <summary>Little-endian 32-bit integers and 64-bit words, and strings as a UTF-8 length (-1 for null) and bytes.</summary>
    internal sealed class Writer
    {
        private readonly MemoryStream _bytes = new();

        public void Int(int value)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
            _bytes.Write(bytes);
        }

        public void Word(ulong value)
        {
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
            _bytes.Write(bytes);
        }

        public void String(string? value)
        {
            if (value is null)
            {
                Int(-1);
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(value);
            Int(bytes.Length);
            _bytes.Write(bytes);
        }

        public void Strings(IReadOnlyList<string> values)
        {
            Int(values.Count);
            foreach (var value in values)
            {
                String(value);
            }
        }

        public byte[] ToArray() => _bytes.ToArray();
    }

    internal ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public int Int()
        {
            var value = BinaryPrimitives.ReadInt32LittleEndian(_rest);
            _rest = _rest[4..];
            return value;
        }

        public ulong Word()
        {
            var value = BinaryPrimitives.ReadUInt64LittleEndian(_rest);
            _rest = _rest[8..];
            return value;
        }

        public string? String()
        {
            var length = Int();
            if (length < 0)
            {
                return null;
            }

            var value = Encoding.UTF8.GetString(_rest[..length]);
            _rest = _rest[length..];
            return value;
        }

        public List<string> Strings()
        {
            var count = Int();
            var values = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                values.Add(String()!);
            }

            return values;
        }
    }
}
