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
    /// (attribution-verbs.txt), or a speaker whose title names it by that word or by the initials the lede gives it ("The
    /// International Monetary Fund (IMF) has reached …" above "In a statement, IMF mission chief Iva Petrova said …"). A
    /// dateline before the lede's subject ("ISLAMABAD: The …") is passed over. The source of that sentence, or null: "The
    /// company said…" below sources nothing of the commission's lede.
    /// </summary>
    private Cue? SubjectSourcedBelow(SourceMap map, int p, ReadOnlySpan<Token> lede)
    {
        if (p >= map.Paragraphs.Length || map.Paragraphs[p].IsHeading || map.Paragraphs[p].Sentences.Count == 0
            || map.Paragraphs[p].CueOf(0) is not { Strength: CueStrength.Firm, IsPassive: false, IsGenericAgent: false } cue
            || LedeSubjectHead(lede) is not { } subject)
        {
            return null;
        }

        var (head, initials) = subject;

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

            if ((t[k].Text == head || t[k].Text == initials) && !paragraph.Quoted[offset + k] && SpeaksAfterTitle(t, k))
            {
                return cue; // "IMF mission chief Iva Petrova said"
            }
        }

        return null;
    }

    /// <summary>"IMF mission chief Iva Petrova said": an attribution verb a few words after the body's word, words only between.</summary>
    private bool SpeaksAfterTitle(ReadOnlySpan<Token> t, int body)
    {
        for (var k = body + 1; k < t.Length && k <= body + MaxTitleWords && t[k].Kind == TokenKind.Word; k++)
        {
            if (_attributionVerbs.Contains(t[k].Text) && !char.IsUpper(t[k].Text[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title and a name between a body's word and the verb: "mission chief Iva Petrova said".</summary>
    private const int MaxTitleWords = 6;

    /// <summary>
    /// The last word of the name a sentence opens with after "The" ("The Data Protection Commission has…"), after a
    /// dateline if any ("ISLAMABAD: The …"), and the initials in brackets after it ("(IMF)"), or null.
    /// </summary>
    private static (string Head, string? Initials)? LedeSubjectHead(ReadOnlySpan<Token> lede)
    {
        var the = lede.Length > 2 && lede[1].Text == ":" && IsCapitals(lede[0].Text) ? 2 : 0;
        if (lede.Length < the + 3 || !lede[the].IsIgnoreCase("the"))
        {
            return null;
        }

        var k = the + 1;
        while (k < lede.Length && lede[k].Kind == TokenKind.Word && char.IsUpper(lede[k].Text[0]))
        {
            k++;
        }

        if (k == the + 1)
        {
            return null;
        }

        var initials = k + 2 < lede.Length && lede[k].Text == "(" && lede[k + 2].Text == ")" && IsCapitals(lede[k + 1].Text) ? lede[k + 1].Text : null;
        return (lede[k - 1].Text, initials);
    }

    private static bool IsCapitals(string word) => word.Length >= 2 && !word.AsSpan().ContainsAnyExceptInRange('A', 'Z');
}
