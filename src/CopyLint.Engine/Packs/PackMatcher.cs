using System.Text.RegularExpressions;

namespace CopyLint.Engine.Packs;

/// <summary>
/// One compiled regular expression for a pack rule: its tokens (literal, at word boundaries), patterns or swap keys
/// as alternatives. User patterns must never hang the linter, so they run on the linear-time NonBacktracking
/// engine; only constructs it rejects (lookarounds, backreferences) fall back to the backtracking engine with a
/// short match timeout, and a timeout skips the rule for that text.
/// </summary>
public sealed class PackMatcher
{
    // A match timeout is wall-clock time: on a loaded machine (a CI runner, a build beside the check) a thread can wait
    // longer than 100 ms for a core, and a built-in rule with a lookaround then silently found nothing. A second is
    // far past any honest match of one line and still stops a pattern that backtracks without end.
    public static readonly TimeSpan FallbackTimeout = TimeSpan.FromSeconds(1);

    // A NonBacktracking regex takes milliseconds to build (its character-class algebra): ~50 ms for the built-in packs,
    // most of a native run's start-up. The backtracking engine parses the same pattern in microseconds, so it screens
    // each text first (a match exists for one engine exactly when it does for the other) and the exact engine is
    // built on the first text that has a match. A screen that times out defers to the exact engine.
    private static readonly TimeSpan ScreenTimeout = TimeSpan.FromMilliseconds(10);

    private readonly Lazy<Regex> _screen;
    private readonly Lazy<Regex> _regex;
    private readonly MatchEdges? _lineEdges;
    private readonly RegexOptions _options;

    /// <summary>A line rule's top-level alternatives, in the order its edges number them; null when it is screened whole.</summary>
    private readonly string[]? _alternatives;

    /// <summary>Per alternative, its own screen, built the first time a line's edges let that alternative be asked.</summary>
    private readonly Regex?[]? _alternativeScreens;

    /// <summary>A text-scope rule's literal prefixes, one for each alternative, of which a text must hold one; null when an alternative has none.</summary>
    private readonly string[]? _prefixes;
    private readonly StringComparison _comparison;

    private PackMatcher(string pattern, RegexOptions options, MatchEdges? lineEdges, string[]? prefixes, string[]? alternatives)
    {
        _lineEdges = lineEdges;
        _prefixes = prefixes;
        _options = options;
        _alternatives = alternatives;
        _alternativeScreens = alternatives is null ? null : new Regex?[alternatives.Length];
        _comparison = (options & RegexOptions.IgnoreCase) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        // Built on the first text too: the loader has parsed each of the rule's patterns in a group of its own, so the
        // joined one parses, and most line rules never get past their edges to need it.
        _screen = new Lazy<Regex>(() => new Regex(pattern, options, ScreenTimeout));
        _regex = new Lazy<Regex>(() =>
        {
            try
            {
                return new Regex(pattern, options | RegexOptions.NonBacktracking);
            }
            catch (NotSupportedException)
            {
                return new Regex(pattern, options, FallbackTimeout);
            }
        });
    }

    /// <summary>The edges a line-scope match has, read from the pattern; null for a text-scope rule or a pattern they cannot be read from.</summary>
    internal MatchEdges? LineEdges => _lineEdges;

    /// <summary>True when the rule's patterns needed the backtracking engine (and so a match timeout).</summary>
    public bool IsBacktracking => (_regex.Value.Options & RegexOptions.NonBacktracking) == 0;

    public static PackMatcher Create(PackRule rule)
    {
        var alternatives = Alternatives(rule);
        return Create(rule, alternatives, rule.Scope == PackScope.Line ? MatchEdges.Read(string.Join("|", alternatives), rule.IgnoreCase) : null);
    }

    /// <summary>The matcher of <paramref name="rule"/> given its line edges as <see cref="Create(PackRule)"/> reads them: a compiled pack keeps them.</summary>
    internal static PackMatcher Create(PackRule rule, MatchEdges? lineEdges) => Create(rule, Alternatives(rule), lineEdges);

    private static PackMatcher Create(PackRule rule, string[] alternatives, MatchEdges? lineEdges)
    {
        var pattern = string.Join("|", alternatives);
        var literals = rule.Kind == PackRuleKind.Substitution ? rule.Swap.Select(s => s.Key) : rule.Tokens;
        string[]? prefixes = null;
        if (rule.Scope == PackScope.Line)
        {
            pattern = $"^(?:{pattern})$";
        }
        else
        {
            prefixes = [.. literals.Select(l => LiteralPrefix.OfToken(l, rule.IgnoreCase)).Concat(rule.Patterns.Select(p => LiteralPrefix.Of(p, rule.IgnoreCase)))];
            prefixes = prefixes.Length > 0 && prefixes.All(p => p.Length > 0) ? prefixes : null;
        }

        // The edges number the pattern's top-level alternatives; as many as the rule has, each of its alternatives is one.
        var screenedApart = lineEdges is not null && lineEdges.Alternatives == alternatives.Length;
        var options = RegexOptions.CultureInvariant | (rule.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new PackMatcher(pattern, options, lineEdges, prefixes, screenedApart ? alternatives : null);
    }

    /// <summary>The rule's tokens (or swap keys) as whole words, then its patterns: the alternatives of its one pattern.</summary>
    private static string[] Alternatives(PackRule rule)
    {
        var literals = rule.Kind == PackRuleKind.Substitution ? rule.Swap.Select(s => s.Key) : rule.Tokens;
        return [.. literals.Select(Literal).Concat(rule.Patterns.Select(p => $"(?:{p})"))];
    }

    /// <summary>A case-sensitive text-scope rule's literal prefixes, which a <see cref="PackTextScreen"/> searches for; null for any other rule.</summary>
    internal string[]? OrdinalPrefixes => _comparison == StringComparison.Ordinal ? _prefixes : null;

    /// <summary>The matches in <paramref name="text"/>, or none when matching timed out (the rule is skipped, never a crash).</summary>
    public IReadOnlyList<Match> Matches(string text) => Matches(text, prefixFound: false);

    /// <summary>
    /// <see cref="Matches(string)"/>, told by <paramref name="prefixFound"/> that the text is known to hold one of the
    /// rule's literal prefixes (a <see cref="PackTextScreen"/> found it), so it is not searched for them again.
    /// </summary>
    internal IReadOnlyList<Match> Matches(string text, bool prefixFound)
    {
        if (!MayMatch(text, prefixFound))
        {
            return [];
        }

        try
        {
            return [.. _regex.Value.Matches(text).Where(m => m.Length > 0)];
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>Where the one non-empty match in <paramref name="text"/> is; null when there is none, more than one, or matching timed out.</summary>
    public (int Index, int Length)? SingleMatch(ReadOnlySpan<char> text)
    {
        if (!MayMatch(text, prefixFound: false))
        {
            return null;
        }

        try
        {
            (int Index, int Length)? found = null;
            foreach (var match in _regex.Value.EnumerateMatches(text))
            {
                if (match.Length == 0)
                {
                    continue;
                }

                if (found is not null)
                {
                    return null;
                }

                found = (match.Index, match.Length);
            }

            return found;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private bool MayMatch(ReadOnlySpan<char> text, bool prefixFound)
    {
        if (_alternativeScreens is not null)
        {
            return AnyAlternativeMayMatch(text, _lineEdges!);
        }

        // A line pattern's non-empty match runs from the start to the end of the text, or to just before a final '\n' ($).
        if (_lineEdges is { } edges && !edges.MayBeWhole(text) && !(text is [.. var rest, '\n'] && edges.MayBeWhole(rest)))
        {
            return false;
        }

        if (_prefixes is not null && !prefixFound && !HoldsAny(text, _prefixes, _comparison))
        {
            return false;
        }

        try
        {
            return _screen.Value.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    /// <summary>
    /// The screen of a line rule, one alternative at a time: a non-empty match of the whole line (or of all but a final
    /// '\n', where $ may stop) is some alternative's, so only the alternatives whose edges allow the line are asked. A
    /// line that passes a rule's edges reaches a few of its hundreds of alternatives, and building one alternative's
    /// screen costs a fraction of building the whole pattern's (1.7 M instructions a rule, built on clean copy too).
    /// </summary>
    private bool AnyAlternativeMayMatch(ReadOnlySpan<char> text, MatchEdges edges)
    {
        for (var cursor = 0; edges.NextWhole(text, ref cursor) is var alternative and >= 0;)
        {
            if (AlternativeMayMatch(alternative, text))
            {
                return true;
            }
        }

        if (text is [.. var rest, '\n'])
        {
            for (var cursor = 0; edges.NextWhole(rest, ref cursor) is var alternative and >= 0;)
            {
                if (AlternativeMayMatch(alternative, text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool AlternativeMayMatch(int alternative, ReadOnlySpan<char> text)
    {
        ref var slot = ref _alternativeScreens![alternative];
        var screen = Volatile.Read(ref slot);
        if (screen is null)
        {
            var built = new Regex($"^(?:{_alternatives![alternative]})$", _options, ScreenTimeout);
            screen = Interlocked.CompareExchange(ref slot, built, null) ?? built;
        }

        try
        {
            return screen.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    private static bool HoldsAny(ReadOnlySpan<char> text, string[] prefixes, StringComparison comparison)
    {
        foreach (var prefix in prefixes)
        {
            if (text.Contains(prefix, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A literal phrase matched as whole words: \b only where the phrase starts or ends with a word character.</summary>
    private static string Literal(string phrase)
    {
        var escaped = Regex.Escape(phrase).Replace("\\ ", "\\s+", StringComparison.Ordinal);
        var start = IsWordChar(phrase[0]) ? @"\b" : string.Empty;
        var end = IsWordChar(phrase[^1]) ? @"\b" : string.Empty;
        return $"(?:{start}{escaped}{end})";
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
