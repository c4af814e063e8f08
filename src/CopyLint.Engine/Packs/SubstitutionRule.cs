namespace CopyLint.Engine.Packs;

/// <summary>A pack rule that reports each wrong form (a key of <c>swap</c>) with a fix that puts the right one.</summary>
public sealed class SubstitutionRule : PackAnalyzer
{
    private readonly Dictionary<string, string> _swap;

    public SubstitutionRule(PackRule rule, PackMatcher matcher, PackLineScreen? screen = null, PackTextScreen? textScreen = null)
        : base(rule, matcher, screen, textScreen)
    {
        _swap = new Dictionary<string, string>(rule.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (wrong, right) in rule.Swap)
        {
            _swap.TryAdd(Normalise(wrong), right);
        }
    }

    public override void Analyze(AnalysisContext context)
    {
        var matches = Matches(context);
        for (var i = 0; i < matches.Count; i++)
        {
            var (span, text) = matches[i];
            if (!_swap.TryGetValue(Normalise(text), out var right))
            {
                continue;
            }

            // "kiev" → "Kyiv" as written; at a capitalised match, "ukranian" → "Ukrainian" keeps the capital.
            if (char.IsUpper(text[0]) && char.IsLower(right[0]))
            {
                right = char.ToUpperInvariant(right[0]) + right[1..];
            }

            if (!string.Equals(text, right, StringComparison.Ordinal))
            {
                context.Report(Descriptor, span, new CodeFix($"Replace with '{right}'", new TextEdit(span, right)), text, right);
            }
        }
    }

    private static string Normalise(string phrase) => string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
