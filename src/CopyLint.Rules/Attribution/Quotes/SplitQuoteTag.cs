using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// '"Will the Prime Minister tell the House," she began, "how many pensioners …?"': a tag between the two halves of a
/// split quotation, a pronoun or a name and a verb that opens speech (rules/lists/quote-split-tag-verbs.txt), names the
/// speaker of both halves as "she said" would, and so does such a tag closing its sentence when the speech goes on in a
/// quotation opening the next ('"…," she began. "…"'). The same verb with no second half ('"…," she began.') is left to the rule.
/// </summary>
internal sealed class SplitQuoteTag(RuleDataSet data)
{
    private static readonly WordSet Pronouns = new(["he", "she", "they"]);

    private const int MaxNameWords = 3;

    private readonly WordSet _verbs = WordSet.From(data, "quote-split-tag-verbs");

    /// <summary>Whether quotation <paramref name="q"/> of the paragraph is a half of a split quotation with such a tag between.</summary>
    public bool Credits(ReadOnlySpan<Token> tokens, ReadOnlySpan<Quotation> quotations, int q) =>
        (q + 1 < quotations.Length && IsTagBetween(tokens, quotations[q], quotations[q + 1]))
        || (q > 0 && IsTagBetween(tokens, quotations[q - 1], quotations[q]));

    /// <summary>The first half closes on a comma, then the subject, the verb and a comma, then the second half opens.</summary>
    private bool IsTagBetween(ReadOnlySpan<Token> tokens, Quotation first, Quotation second)
    {
        if (!first.IsClosed(tokens.Length) || first.Close < 1 || tokens[first.Close - 1].Text != "," || tokens[second.Open - 1].Text is not ("," or "."))
        {
            return false;
        }

        var tag = tokens[(first.Close + 1)..(second.Open - 1)];
        var verb = tokens[second.Open - 1].Text == "." ? Math.Max(SubjectLength(tag), RoleLength(tag)) : SubjectLength(tag);
        return verb > 0 && verb == tag.Length - 1 && tag[verb].Kind == TokenKind.Word && _verbs.Contains(tag[verb].Text);
    }

    /// <summary>
    /// '"Hi, my name is Darnell …," one interviewer begins. "We're not selling anything."': when the speech goes on in the
    /// next sentence, the tag may name its speaker by role, "one", "a", "an" or "another" and a lowercase noun; 0 for none.
    /// </summary>
    private static int RoleLength(ReadOnlySpan<Token> tag) =>
        tag.Length == 3 && RoleDeterminers.Contains(tag[0].Text) && tag[1] is { Kind: TokenKind.Word, IsCapitalized: false } ? 2 : 0;

    private static readonly WordSet RoleDeterminers = new(["one", "a", "an", "another"]);

    /// <summary>A pronoun or a name of up to three capitalised words; 0 for none.</summary>
    private static int SubjectLength(ReadOnlySpan<Token> tag)
    {
        if (tag.Length > 0 && Pronouns.Contains(tag[0].Text))
        {
            return 1;
        }

        var length = 0;
        while (length < MaxNameWords && length < tag.Length && tag[length] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            length++;
        }

        return length;
    }
}
