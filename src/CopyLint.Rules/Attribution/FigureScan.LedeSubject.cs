using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

internal sealed partial class FigureScan
{
    private readonly WordSet _attributionVerbs = WordSet.From(data, "attribution-verbs");

    /// <summary>
    /// "The Data Protection Commission has fined a ticketing company €3.2 million after the details of more than 600,000
    /// customers were exposed" above "In a decision published on Thursday, the commission found…": a lede whose subject is a
    /// named body (opening "The" and capitalised words) reports that body's finding when the next paragraph's first sentence
    /// is firmly sourced and has the body, by the last word of its name, as the subject of an attribution verb
    /// (attribution-verbs.txt). The source of that sentence, or null: "The company said…" below sources nothing of the commission's lede.
    /// </summary>
    private Cue? SubjectSourcedBelow(SourceMap map, int p, ReadOnlySpan<Token> lede)
    {
        if (p >= map.Paragraphs.Length || map.Paragraphs[p].IsHeading || map.Paragraphs[p].Sentences.Count == 0
            || map.Paragraphs[p].CueOf(0) is not { Strength: CueStrength.Firm, IsPassive: false, IsGenericAgent: false } cue
            || LedeSubjectHead(lede) is not { } head)
        {
            return null;
        }

        var paragraph = map.Paragraphs[p];
        var (offset, length) = paragraph.Sentences[0].GetOffsetAndLength(paragraph.Tokens.Length);
        var t = paragraph.Tokens.Slice(offset, length);
        for (var k = 1; k + 1 < t.Length; k++)
        {
            if (t[k].Text.Equals(head, StringComparison.OrdinalIgnoreCase) && t[k - 1].IsIgnoreCase("the") && !paragraph.Quoted[offset + k]
                && t[k + 1].Kind == TokenKind.Word && _attributionVerbs.Contains(t[k + 1].Text))
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>The last word of the name a sentence opens with after "The" ("The Data Protection Commission has…"), or null.</summary>
    private static string? LedeSubjectHead(ReadOnlySpan<Token> lede)
    {
        if (lede.Length < 3 || !lede[0].IsIgnoreCase("the"))
        {
            return null;
        }

        var k = 1;
        while (k < lede.Length && lede[k].Kind == TokenKind.Word && char.IsUpper(lede[k].Text[0]))
        {
            k++;
        }

        return k > 1 ? lede[k - 1].Text : null;
    }
}
