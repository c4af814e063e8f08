using System.Text;
using CopyLint.Text;

namespace CopyLint.Engine.Baselines;

/// <summary>
/// Identifies a diagnostic without its line number: the flagged text and up to <see cref="ContextChars"/> characters
/// either side of it within its sentence (its line when it is in none), whitespace collapsed. Edits to other
/// sentences leave the fingerprint alone; an edit next to the finding makes it a new finding.
/// </summary>
internal static class FindingFingerprint
{
    private const int ContextChars = 40;
    private const int MaxLength = 200;

    public static FindingKey Of(Diagnostic diagnostic, Document document, string relativePath)
    {
        var span = diagnostic.Span;
        var around = SentenceOrLine(document, span.Start);
        var text = document.Text;
        var lower = Math.Max(Math.Min(around.Start, span.Start), span.Start - ContextChars);
        var upper = Math.Min(Math.Max(around.End, span.End), span.End + ContextChars);

        // Whole words only, so the context reads as copy.
        while (lower < span.Start && lower > around.Start && !char.IsWhiteSpace(text[lower - 1]))
        {
            lower++;
        }

        while (upper > span.End && upper < around.End && !char.IsWhiteSpace(text[upper]))
        {
            upper--;
        }

        return new FindingKey(
            relativePath,
            diagnostic.Id,
            Normalise(document.GetText(span)),
            Normalise(document.GetText(TextSpan.FromBounds(lower, upper))));
    }

    public static string RelativePath(string path, string baseDirectory) =>
        System.IO.Path.GetRelativePath(System.IO.Path.GetFullPath(baseDirectory), System.IO.Path.GetFullPath(path)).Replace('\\', '/');

    private static TextSpan SentenceOrLine(Document document, int offset)
    {
        var sentences = document.Sentences;
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var span = sentences[middle].Span;
            if (offset < span.Start)
            {
                high = middle - 1;
            }
            else if (offset >= span.End)
            {
                low = middle + 1;
            }
            else
            {
                return span;
            }
        }

        return document.Source.GetLineSpan(document.GetLinePosition(offset).Line);
    }

    /// <summary>Whitespace runs become one space; very long text keeps its two ends.</summary>
    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        var normalised = builder.ToString().TrimEnd();
        return normalised.Length <= MaxLength ? normalised : $"{normalised[..(MaxLength / 2)]}…{normalised[^(MaxLength / 2)..]}";
    }
}
