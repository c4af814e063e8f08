namespace CopyLint.Engine.Packs;

/// <summary>What a pack rule does with a match: report it (existence) or report it with the right form (substitution).</summary>
public enum PackRuleKind
{
    Existence,
    Substitution,
}

/// <summary>Where a match may fall: anywhere in the text, or only as a whole (trimmed) line.</summary>
public enum PackScope
{
    Text,
    Line,
}

/// <summary>The fix an existence rule offers.</summary>
public enum PackFix
{
    Delete,
    DeleteLine,
    None,
}

/// <summary>One rule of a declarative rule pack (<c>packs/*.yaml</c>), validated, with the file it came from.</summary>
public sealed record PackRule(
    string Id,
    string Name,
    PackRuleKind Kind,
    string Title,
    string Message,
    RuleCategory Category,
    Severity Severity,
    string Description,
    bool IgnoreCase,
    PackScope Scope,
    IReadOnlyList<string> Tokens,
    IReadOnlyList<string> Patterns,
    PackFix Fix,
    IReadOnlyList<KeyValuePair<string, string>> Swap,
    string SourcePath)
{
    /// <summary>The rule's point in one sentence (the pack's optional <c>summary</c>); the description when absent.</summary>
    public string? Summary { get; init; }

    /// <summary>The pack's optional <c>reports</c> list: what the rule reports, one kind per item.</summary>
    public IReadOnlyList<string> Reports { get; init; } = [];

    /// <summary>The pack's optional <c>left_alone</c> list: what the rule leaves alone on purpose.</summary>
    public IReadOnlyList<string> LeftAlone { get; init; } = [];

    /// <summary>The descriptor the rule reports with; the message's {match} and {right} become {0} and {1}.</summary>
    public DiagnosticDescriptor ToDescriptor() =>
        new(Id, Title, MessageFormatOf(Message), Category, Severity, Description)
        {
            Name = Name,
            Summary = Summary ?? Description,
            Reports = Reports,
            LeftAlone = LeftAlone,
        };

    private static string MessageFormatOf(string message) =>
        message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)
            .Replace("{{match}}", "{0}", StringComparison.Ordinal)
            .Replace("{{right}}", "{1}", StringComparison.Ordinal);
}
