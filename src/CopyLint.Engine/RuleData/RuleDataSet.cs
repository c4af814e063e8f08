using System.Collections.Concurrent;
using System.Text;

namespace CopyLint.Engine;

/// <summary>
/// The rule data behind the rules: word lists (<c>lists/NAME.txt</c>) and rule packs (<c>packs/NAME.yaml</c>), by
/// logical name. The defaults are embedded in the binary; a user's configuration can extend a list or add packs.
/// Word list files hold one entry a line; a '#' starts a comment; blank lines are skipped.
/// </summary>
public sealed class RuleDataSet
{
    private readonly IReadOnlyDictionary<string, RuleDataFile> _files;
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _lists = new(StringComparer.Ordinal);

    public RuleDataSet(IEnumerable<RuleDataFile> files) =>
        _files = files.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static RuleDataSet Empty { get; } = new([]);

    public IEnumerable<RuleDataFile> Files => _files.Values.OrderBy(f => f.Name, StringComparer.Ordinal);

    public RuleDataFile? GetFile(string name) => _files.GetValueOrDefault(name);

    /// <summary>Entries of "lists/NAME.txt" in file order; empty when there is no such list.</summary>
    public IReadOnlyList<string> GetList(string name) => _lists.GetOrAdd(name, n => ParseList(GetFile($"lists/{n}.txt")));

    public IReadOnlySet<string> GetSet(string name, StringComparer comparer) => GetList(name).ToHashSet(comparer);

    /// <summary>The files under "packs/", in name order.</summary>
    public IEnumerable<RuleDataFile> Packs => Files.Where(f => f.Name.StartsWith("packs/", StringComparison.Ordinal));

    /// <summary>A copy with more files: a list given again extends the default one, any other file replaces its namesake.</summary>
    public RuleDataSet With(IEnumerable<RuleDataFile> files)
    {
        var merged = new Dictionary<string, RuleDataFile>(_files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            merged[file.Name] = file.Name.StartsWith("lists/", StringComparison.Ordinal) && merged.TryGetValue(file.Name, out var existing)
                ? existing with { Content = existing.Content + "\n" + file.Content }
                : file;
        }

        return new RuleDataSet(merged.Values);
    }

    private static IReadOnlyList<string> ParseList(RuleDataFile? file)
    {
        if (file is null)
        {
            return [];
        }

        return file.TryGetUtf8(out var utf8) ? ParseList(utf8.Span) : ParseList(file.Content);
    }

    private static List<string> ParseList(string content)
    {
        // Line by line over the text: only the entries become strings, not every line and its trimmed copy.
        var entries = new List<string>(content.AsSpan().Count('\n') + 1);
        foreach (var raw in content.AsSpan().Split('\n'))
        {
            AddEntry(entries, content.AsSpan(raw));
        }

        return entries;
    }

    /// <summary>The same entries from UTF-8 bytes, each line decoded on its own ('\n' is never inside a character's bytes).</summary>
    private static List<string> ParseList(ReadOnlySpan<byte> utf8)
    {
        var entries = new List<string>(utf8.Count((byte)'\n') + 1);
        Span<char> buffer = stackalloc char[256];
        foreach (var raw in utf8.Split((byte)'\n'))
        {
            var line = utf8[raw];
            var chars = line.Length <= buffer.Length ? buffer : new char[line.Length];
            AddEntry(entries, chars[..Encoding.UTF8.GetChars(line, chars)]);
        }

        return entries;
    }

    private static void AddEntry(List<string> entries, ReadOnlySpan<char> line)
    {
        var hash = line.IndexOf('#');
        var entry = (hash >= 0 ? line[..hash] : line).Trim();
        if (entry.Length > 0)
        {
            entries.Add(entry.ToString());
        }
    }
}
