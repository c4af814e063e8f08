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
    public static readonly TimeSpan FallbackTimeout = TimeSpan.FromMilliseconds(100);

    private readonly Regex _regex;

    private PackMatcher(Regex regex) => _regex = regex;

    /// <summary>True when the rule's patterns needed the backtracking engine (and so a match timeout).</summary>
    public bool IsBacktracking => (_regex.Options & RegexOptions.NonBacktracking) == 0;

    public static PackMatcher Create(PackRule rule)
    {
        var literals = rule.Kind == PackRuleKind.Substitution ? rule.Swap.Select(s => s.Key) : rule.Tokens;
        var alternatives = literals.Select(Literal).Concat(rule.Patterns.Select(p => $"(?:{p})"));
        var pattern = string.Join("|", alternatives);
        if (rule.Scope == PackScope.Line)
        {
            pattern = $"^(?:{pattern})$";
        }

        var options = RegexOptions.CultureInvariant | (rule.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            return new PackMatcher(new Regex(pattern, options | RegexOptions.NonBacktracking));
        }
        catch (NotSupportedException)
        {
            return new PackMatcher(new Regex(pattern, options, FallbackTimeout));
        }
    }

    /// <summary>The matches in <paramref name="text"/>, or none when matching timed out (the rule is skipped, never a crash).</summary>
    public IReadOnlyList<Match> Matches(string text)
    {
        try
        {
            return [.. _regex.Matches(text).Where(m => m.Length > 0)];
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
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
