namespace CopyLint.Engine;

/// <summary>
/// What a rule reports, Roslyn-style: a stable ID, a title, a message format with {0}-style holes, a category,
/// a default severity and the help an editor shows.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    RuleCategory Category,
    Severity DefaultSeverity,
    string Description,
    bool IsEnabledByDefault = true)
{
    public const string DocsBaseUrl = "https://github.com/copylint/copylint/blob/main/docs/rules/";

    /// <summary>Where the rule's documentation page lives; generated pages sit in docs/rules/ID.md.</summary>
    public string HelpLink { get; init; } = DocsBaseUrl + Id + ".md";

    /// <summary>
    /// The rule's point in one short sentence, for places with room for no more than that (an editor's hover). The
    /// description when none is given.
    /// </summary>
    public string Summary
    {
        get => _summary ?? Description;
        init => _summary = value;
    }

    private readonly string? _summary;

    /// <summary>What the rule reports, one kind per item with its examples; the description gives the point.</summary>
    public IReadOnlyList<string> Reports { get; init; } = [];

    /// <summary>What the rule leaves alone on purpose, one kind per item: the copy a reader might expect it to report.</summary>
    public IReadOnlyList<string> LeftAlone { get; init; } = [];

    /// <summary>A short kebab-case name for SARIF's reportingDescriptor.name, e.g. "related-content-block".</summary>
    public string Name { get; init; } = Id;

    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}
