using CopyLint.Engine;

namespace CopyLint.Rules.Attribution;

/// <summary>CL3001: a claim-bearing figure with no attribution in reach.</summary>
public sealed class UnattributedFigureAnalyzer(RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL3001",
        "Unattributed figure",
        "'{0}' has no source: say who counted, estimated or reported it",
        RuleCategory.Attribution,
        Severity.Warning,
        "A published figure needs a source. This rule finds counts of people or things ('15,000 soldiers'), money "
        + "('$3bn', 'billions of dollars'), percentages and fractions ('5%', 'two-thirds') and magnitudes in words "
        + "('a million shells', 'thousands of') with no attribution in reach: a speech or reporting verb ('said', "
        + "'estimated', 'told'; rules/lists/attribution-verbs.txt) or a named source ('according to', 'figures from', "
        + "'a report by'; rules/lists/attribution-nominal-sources.txt) in the same sentence, a neighbouring sentence of "
        + "the paragraph, or the colon-ended sentence that introduces a list. 'An estimated 15,000' with no estimator "
        + "is reported. Left alone: dates, years, times, ages, durations and measurements, ordinals, numbers in names "
        + "and references ('G20', 'Apollo 11', 'Article 5'), scores, addresses, phone numbers, headings, figures of "
        + "record (sports statistics, court outcomes, prices, company results) and counts below minimum_figure (100).")
    { Name = "unattributed-figure" };

    private readonly FigureScan _scan = new(data);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override IReadOnlyList<RuleOption> Options => AttributionOptions.ForFigures;

    public override void Analyze(AnalysisContext context)
    {
        var settings = AttributionSettings.From(context.OptionsFor(Descriptor));
        _scan.ForEachFigure(context, settings, (figure, source) =>
        {
            if (source is null)
            {
                context.Report(Descriptor, figure.Span, figure.Text);
            }
        });
    }
}
