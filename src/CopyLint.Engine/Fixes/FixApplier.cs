using System.Text;

namespace CopyLint.Engine;

/// <summary>Applies edits to a text. Edits that overlap one already taken are skipped, so text outside the edits never changes.</summary>
public static class FixApplier
{
    public static (string Text, int Applied) Apply(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length).ToList();
        var builder = new StringBuilder(text.Length);
        var position = 0;
        var applied = 0;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < position || edit.Span.End > text.Length)
            {
                continue;
            }

            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
            applied++;
        }

        builder.Append(text, position, text.Length - position);
        return (builder.ToString(), applied);
    }

    /// <summary>The first fix of each diagnostic, whole: a fix whose edits clash with one already taken is left for a later pass.</summary>
    public static IReadOnlyList<TextEdit> FirstFixes(IEnumerable<Diagnostic> diagnostics)
    {
        var taken = new List<TextEdit>();
        foreach (var fix in diagnostics.Where(d => d.Fixes.Count > 0).Select(d => d.Fixes[0]))
        {
            if (fix.Edits.All(e => !taken.Any(t => Clashes(t, e))))
            {
                taken.AddRange(fix.Edits);
            }
        }

        return taken;
    }

    private static bool Clashes(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span) || (a.Span.Start == b.Span.Start) || (a.Span.IsEmpty && b.Span.Contains(a.Span.Start)) || (b.Span.IsEmpty && a.Span.Contains(b.Span.Start));
}
