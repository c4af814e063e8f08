using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;

namespace CopyLint.Rules.Attribution;

/// <summary>CL3002: a figure whose only source is a hedge such as "reportedly" or "sources say".</summary>
public sealed class VagueAttributionAnalyzer(RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL3002",
        "Vague attribution",
        "'{0}' is sourced only by '{1}': name who says so",
        RuleCategory.Attribution,
        Severity.Warning,
        "A hedge is not a source. This rule reports a claim-bearing figure (as CL3001 finds them) whose only "
        + "attribution in reach is a hedge: 'reportedly', 'it is understood', 'it is believed', 'according to reports', "
        + "'sources say', 'is said to' (rules/lists/vague-attributions.txt), an agentless passive such as 'is estimated', "
        + "or a verb whose agent is 'sources' or 'reports'. A named source anywhere in reach wins. House styles that "
        + "accept a form list it in accepted_hedges. 'Analysts say' and 'officials said' are accepted attributions.")
    { Name = "vague-attribution" };

    private readonly FigureScan _scan = new(data);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override IReadOnlyList<RuleOption> Options => AttributionOptions.ForVague;

    public override void Analyze(AnalysisContext context)
    {
        var settings = AttributionSettings.From(context.OptionsFor(Descriptor));
        _scan.ForEachFigure(context, settings, exact: true, (figure, source) =>
        {
            if (source is { Strength: CueStrength.Vague })
            {
                context.Report(Descriptor, figure.Span, figure.Text, source.Text);
            }
        });
    }
}
