using System.Buffers;
using CopyLint.Text;

namespace CopyLint.Engine.Packs;

/// <summary>
/// The literal prefixes of the packs' text-scope rules, searched for together: once per document, one pass over the
/// text finds which of them it holds, where each rule searched the whole text for each of its own (seven searches a
/// document for the built-in pack). Only case-sensitive rules are screened here; a rule that ignores case searches for
/// its own.
/// </summary>
public sealed class PackTextScreen
{
    private readonly Dictionary<PackMatcher, int> _members = [];

    /// <summary>Per member, the indexes of its prefixes in <see cref="_prefixes"/>.</summary>
    private readonly List<int[]> _of = [];
    private readonly string[] _prefixes;

    /// <summary>Each prefix's first character, compared before the prefix: at most stops, one or none of them starts there.</summary>
    private readonly char[] _firsts;

    /// <summary>
    /// The characters the prefixes start with. The pass stops only at these (the built-in prefixes all start with a
    /// capital), where a search for any of several strings at once stopped at many more places and cost more than the
    /// searches it replaced.
    /// </summary>
    private readonly SearchValues<char> _starts;
    private readonly Func<Document, bool[]> _build;

    public PackTextScreen(IEnumerable<PackMatcher> matchers)
    {
        var prefixes = new List<string>();
        foreach (var matcher in matchers)
        {
            if (matcher.OrdinalPrefixes is { } own && _members.TryAdd(matcher, _of.Count))
            {
                _of.Add([.. own.Select(p => IndexOf(prefixes, p))]);
            }
        }

        _prefixes = [.. prefixes];
        _firsts = [.. _prefixes.Select(p => p[0])];
        _starts = SearchValues.Create([.. _prefixes.Select(p => p[0]).Distinct()]);
        _build = Screen;
    }

    /// <summary>The index the screen knows <paramref name="matcher"/> by, or -1 when it does not screen it.</summary>
    public int MemberOf(PackMatcher matcher) => _members.TryGetValue(matcher, out var member) ? member : -1;

    /// <summary>True when the document holds one of <paramref name="member"/>'s prefixes; the text is searched once per document.</summary>
    public bool MayMatch(AnalysisContext context, int member)
    {
        var found = context.GetShared(this, _build);
        foreach (var prefix in _of[member])
        {
            if (found[prefix])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Per prefix, whether the text holds it.</summary>
    private bool[] Screen(Document document)
    {
        var text = document.Source.Text.AsSpan();
        var found = new bool[_prefixes.Length];
        for (var from = 0; from < text.Length;)
        {
            var at = text[from..].IndexOfAny(_starts);
            if (at < 0)
            {
                break;
            }

            at += from;
            var rest = text[at..];
            for (var p = 0; p < _prefixes.Length; p++)
            {
                found[p] = found[p] || (_firsts[p] == rest[0] && rest.StartsWith(_prefixes[p], StringComparison.Ordinal));
            }

            from = at + 1;
        }

        return found;
    }

    private static int IndexOf(List<string> prefixes, string prefix)
    {
        var index = prefixes.IndexOf(prefix);
        if (index < 0)
        {
            index = prefixes.Count;
            prefixes.Add(prefix);
        }

        return index;
    }
}
