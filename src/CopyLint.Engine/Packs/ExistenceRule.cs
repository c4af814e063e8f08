namespace CopyLint.Engine.Packs;

/// <summary>A pack rule that reports each match, with a fix that deletes it or its whole line.</summary>
public sealed class ExistenceRule(PackRule rule, PackMatcher matcher, PackLineScreen? screen = null, PackTextScreen? textScreen = null)
    : PackAnalyzer(rule, matcher, screen, textScreen)
{
    public override void Analyze(AnalysisContext context)
    {
        var source = context.Document.Source;
        var matches = Matches(context);
        for (var i = 0; i < matches.Count; i++)
        {
            var (span, text) = matches[i];
            IReadOnlyList<CodeFix> fixes = Rule.Fix switch
            {
                PackFix.Delete => [new CodeFix($"Delete '{text}'", LineEdits.DeleteWithSpace(source.Text, span))],
                PackFix.DeleteLine => [new CodeFix("Delete the line", LineEdits.DeleteLines(source, source.GetLinePosition(span.Start).Line, source.GetLinePosition(span.End).Line))],
                _ => [],
            };
            context.Report(Descriptor, span, fixes, text);
        }
    }
}
