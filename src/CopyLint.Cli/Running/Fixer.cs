using CopyLint.Engine;
using CopyLint.Engine.Configuration;
using CopyLint.Text;

namespace CopyLint.Cli.Running;

/// <summary>
/// Applies each diagnostic's first fix, then lints again and repeats until nothing changes (a fix can reveal or
/// unblock another), so a second `copylint fix` finds nothing to do. Text outside the edits is never touched.
/// </summary>
public static class Fixer
{
    /// <summary>A guard against fixes that undo each other.</summary>
    public const int MaxPasses = 10;

    public static (string Text, int Fixed) FixAll(FileLintPlan plan, SourceText source, CancellationToken cancellationToken = default)
    {
        var current = source;
        var fixedCount = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var fixable = plan.Linter.Lint(current, plan.Settings, cancellationToken).Diagnostics.Where(d => d.Fixes.Count > 0).ToList();
            var edits = FixApplier.FirstFixes(fixable);
            var (text, applied) = FixApplier.Apply(current.Text, edits);
            if (applied == 0 || text == current.Text)
            {
                break;
            }

            fixedCount += fixable.Count(d => d.Fixes[0].Edits.All(edits.Contains));
            current = new SourceText(text, source.Path, source.HasByteOrderMark);
        }

        return (current.Text, fixedCount);
    }
}
