using CopyLint.Engine;

namespace CopyLint.Rules.Attribution;

/// <summary>The options the attribution rules accept in copylint.yaml.</summary>
internal static class AttributionOptions
{
    public const double DefaultMinimumFigure = 100;

    public static readonly RuleOption Verbs = new(
        "attribution_verbs",
        "Extra speech or reporting verbs that attribute (base forms; -s, -ed and -ing forms are added), on top of rules/lists/attribution-verbs.txt.",
        "[]");

    public static readonly RuleOption Reach = new(
        "reach",
        "How far an attribution reaches: the same sentence, its neighbouring sentences in the paragraph, or the whole paragraph.",
        "neighbours",
        ["sentence", "neighbours", "paragraph"]);

    public static readonly RuleOption MinimumFigure = new(
        "minimum_figure",
        "Counts and sums below this need no source (percentages and fractions always do).",
        "100");

    public static readonly RuleOption ExactFigures = new(
        "exact_figures",
        "Also report exact figures that are not claims by their form or context (\"employs 4,500 people\", \"won 52%\"); by default only estimates, figures in words, counts of casualties, troops and costs, and bare magnitudes in a toll (\"hundreds were killed\") are.",
        "false",
        ["true", "false"]);

    public static readonly RuleOption AcceptedHedges = new(
        "accepted_hedges",
        "Hedges your house style accepts as a source, e.g. [\"it is understood\"]; they count as firm attribution.",
        "[]");

    public static IReadOnlyList<RuleOption> ForUnattributed { get; } = [Verbs, Reach, MinimumFigure, ExactFigures];

    public static IReadOnlyList<RuleOption> ForVague { get; } = [Verbs, Reach, MinimumFigure, AcceptedHedges];
}
