using CopyLint.Engine;

namespace CopyLint.Rules.Attribution;

/// <summary>CL3001: a claim-bearing figure with no attribution in reach.</summary>
public sealed partial class UnattributedFigureAnalyzer(RuleDataSet data) : Analyzer
{
    private readonly FigureScan _scan = new(data);
    private readonly SettingsMemo _settings = new();

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override IReadOnlyList<RuleOption> Options => AttributionOptions.ForUnattributed;

    public override void Analyze(AnalysisContext context)
    {
        var settings = _settings.For(context.OptionsFor(Descriptor));
        _scan.ForEachFigure(context, settings, settings.ExactFigures, context, static (context, figure, source, background) =>
        {
            if (source is null && !background)
            {
                context.Report(Descriptor, figure.Span, figure.Text);
            }
        });
    }
}
