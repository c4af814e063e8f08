using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;
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
    /// International Monetary Fund (IMF) has reached …" above "In a statement, IMF mission chief Iva Petrova said …"). The
    /// source of that sentence, or null: "The company said…" below sources nothing of the commission's lede.
    /// A wire lede may name the body after a dateline and with no "The" ("GABORONE: Debswana Diamond Company will cut
    /// production …"), or with no "The" at all when its name has two words or more ("Shropshire Council will fell …"), and the next paragraph may describe it between commas before its verb ("The company, a joint
    /// venture between …, said in a statement").
    /// </summary>
    private Cue? SubjectSourcedBelow(SourceMap map, int p, ReadOnlySpan<Token> lede)
    {
        if (FirmActiveOpening(map, p) is not { } cue
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
                && FigureFinder.SkipApposition(t, k + 1, SubjectAppositionTokens) is var verb && verb < t.Length
                && t[verb].Kind == TokenKind.Word && _attributionVerbs.Contains(t[verb].Text))
            {
                return cue;
            }

            if ((t[k].Text == head || t[k].Text == initials) && !paragraph.Quoted[offset + k] && SpeaksAfterTitle(t, k))
            {
                return cue; // "IMF mission chief Iva Petrova said"
            }

            if (IsPossessiveOf(t[k], head) && t[k - 1].IsIgnoreCase("the") && !paragraph.Quoted[offset + k] && SpeaksAfterOwnTitle(t, k))
            {
                return cue; // "The agency's Director-General, Prof. Mojisola Adeyeye, disclosed this"
            }
        }

        return null;
    }

    private const int SubjectAppositionTokens = 16;

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

    /// <summary>"agency's" for the head "Agency": the body's word in the possessive, in any case.</summary>
    private static bool IsPossessiveOf(Token token, string head) =>
        token.Kind == TokenKind.Word && token.Text.Length == head.Length + 2 && token.Text.StartsWith(head, StringComparison.OrdinalIgnoreCase)
        && token.Text.AsSpan(head.Length) is "'s" or "’s";

    /// <summary>
    /// "agency's Director-General, Prof. Mojisola Adeyeye, disclosed", "company's chief executive, Jane Doe, said": after
    /// the body's possessive, a title of a few words, a name between commas if any, then an attribution verb in lower
    /// case. "The agency's officers, who …, said" and "The agency's warehouses were full, traders said" are not its officer.
    /// </summary>
    private bool SpeaksAfterOwnTitle(ReadOnlySpan<Token> t, int body)
    {
        var k = body + 1;
        while (k < t.Length && k <= body + MaxTitleWords && t[k].Text != "," && !IsSpeechVerb(t[k]))
        {
            k++;
        }

        if (k + 1 < t.Length && t[k].Text == "," && !TitleClauseOpeners.Contains(t[k + 1].Text))
        {
            k = ClosingComma(t, k) + 1;
        }

        return k < t.Length && IsSpeechVerb(t[k]);
    }

    /// <summary>The comma closing an apposition opened at <paramref name="open"/>, or <paramref name="open"/>: the name may hold a full stop ("Prof. Mojisola Adeyeye").</summary>
    private static int ClosingComma(ReadOnlySpan<Token> t, int open)
    {
        for (var k = open + 1; k < t.Length && k <= open + SubjectAppositionTokens; k++)
        {
            if (t[k].Text == ",")
            {
                return k;
            }
        }

        return open;
    }

    private bool IsSpeechVerb(Token token) => token.Kind == TokenKind.Word && !char.IsUpper(token.Text[0]) && _attributionVerbs.Contains(token.Text);

    /// <summary>Words that open a clause of its own after the title: "the agency's officers, who arrived at dawn, said".</summary>
    private static readonly WordSet TitleClauseOpeners = new(["that", "which", "who", "whom", "whose"]);

    /// <summary>A title and a name between a body's word and the verb: "mission chief Iva Petrova said".</summary>
    private const int MaxTitleWords = 6;

    /// <summary>
    /// The last word of the name a sentence opens with, after "The" ("The Data Protection Commission has…") or after a
    /// dateline ("GABORONE: Debswana Diamond Company will…", "ISLAMABAD: The …"), and the initials in brackets after it
    /// ("(IMF)"), or null.
    /// </summary>
    private static (string Head, string? Initials)? LedeSubjectHead(ReadOnlySpan<Token> lede)
    {
        var start = DatelineEnd(lede);
        var the = start < lede.Length && lede[start].IsIgnoreCase("the");
        if (lede.Length < start + 3)
        {
            return null;
        }

        var first = the ? start + 1 : start;
        var k = first;
        while (k < lede.Length && lede[k].Kind == TokenKind.Word && char.IsUpper(lede[k].Text[0]))
        {
            k++;
        }

        // With no "The" and no dateline, a name of two words or more ("Shropshire Council will fell …"): one capitalised
        // word opening the lede may be any sentence's first word.
        if (k == first || (!the && start == 0 && k - first < 2))
        {
            return null;
        }

        var initials = k + 2 < lede.Length && lede[k].Text == "(" && lede[k + 2].Text == ")" && IsCapitals(lede[k + 1].Text) ? lede[k + 1].Text : null;
        return (lede[k - 1].Text, initials);
    }

    private static bool IsCapitals(string word) => word.Length >= 2 && !word.AsSpan().ContainsAnyExceptInRange('A', 'Z');

    /// <summary>After a dateline of capitals and its colon or dash ("GABORONE:", "CAIRO —"), the first token of the copy; else 0.</summary>
    private static int DatelineEnd(ReadOnlySpan<Token> lede)
    {
        var k = 0;
        while (k < lede.Length && lede[k].Kind == TokenKind.Word && lede[k].Text.Length > 1 && !lede[k].Text.AsSpan().ContainsAnyInRange('a', 'z'))
        {
            k++;
        }

        return k > 0 && k < lede.Length && (lede[k].Text == ":" || lede[k].Kind == TokenKind.Dash) ? k + 1 : 0;
    }
}
