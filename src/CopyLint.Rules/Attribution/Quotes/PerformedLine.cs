using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A quotation named as a line performed from a play, a song or a speech (rules/lists/quote-performed-lines.txt):
/// 'Her delivery of the famous speech about "…"', 'Its chorus – "…" – has become a catchphrase', 'The "To be or not to
/// be" soliloquy is delivered sitting down'. The sentence quotes a work, whose character or singer says it.
/// </summary>
internal sealed class PerformedLine(RuleDataSet data)
{
    private readonly WordSet _nouns = WordSet.From(data, "quote-performed-lines");
    private readonly WordSet _setItems = WordSet.From(data, "quote-set-items");

    public bool Names(ReadOnlySpan<Token> tokens, Quotation quotation) =>
        NamedBefore(tokens, quotation.Open) || ModifiesNounAfter(tokens, quotation) || NamedFromSource(tokens, quotation.Open)
        || IsSubjectsComplement(tokens, quotation.Open) || IsPossessedLine(tokens, quotation.Open) || IsStageIntroduction(tokens, quotation.Open);

    /// <summary>
    /// A block quotation after a paragraph that ends on a colon and names the line in its last sentence: 'Here is the
    /// closing stanza of Weather Permitting, the title poem:' and then the verse on its own.
    /// </summary>
    public bool Introduces(SourceMap map, int p, Quotation quotation)
    {
        if (quotation.Open != 0 || p == 0 || map.Paragraphs[p - 1] is not { IsHeading: false } previous
            || previous.Tokens is not [.., { Text: ":" }])
        {
            return false;
        }

        var tokens = previous.Tokens;
        for (var k = tokens.Length - 2; k >= 0 && tokens[k].Text is not ("." or "!" or "?"); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } noun && _nouns.Contains(noun.Text) && !previous.Quoted[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>'a line from the ledger – "…"', 'an entry in her diary, "…"': the line's noun, then where it is taken from.</summary>
    private bool NamedFromSource(ReadOnlySpan<Token> tokens, int open)
    {
        var k = open - 1;
        if (k > 0 && (tokens[k].Kind == TokenKind.Dash || tokens[k].Text is "," or ":"))
        {
            k--;
        }

        return k >= 3 && tokens[k].Kind == TokenKind.Word && SourceDeterminers.Contains(tokens[k - 1].Text)
            && tokens[k - 2].Text is "from" or "in" or "of" && tokens[k - 3] is { Kind: TokenKind.Word, IsCapitalized: false } noun && _nouns.Contains(noun.Text);
    }

    /// <summary>
    /// 'The first sentence of Oksana Hrytsenko's novel is "…"', 'Its chorus goes "…"': the quotation completes a sentence
    /// whose subject is the line, a few words before the verb.
    /// </summary>
    private bool IsSubjectsComplement(ReadOnlySpan<Token> tokens, int open)
    {
        if (open < 2 || !CopulaVerbs.Contains(tokens[open - 1].Text))
        {
            return false;
        }

        for (var k = open - 2; k >= 0 && open - k <= MaxSubjectTokens && tokens[k].Text is not ("." or "!" or "?" or ";" or ","); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } noun && _nouns.Contains(noun.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>'His final "I'll be revenged on the whole pack of you" is delivered…': the line a performer gives, named by its place in the role.</summary>
    private static bool IsPossessedLine(ReadOnlySpan<Token> tokens, int open) =>
        open >= 2 && LinePlaces.Contains(tokens[open - 1].Text) && tokens[open - 2].Kind == TokenKind.Word && Possessives.Contains(tokens[open - 2].Text);

    /// <summary>
    /// 'A cover of Kirsty MacColl's They Don't Know, introduced as "…", is scrappy': a piece of the set (rules/lists/quote-set-items.txt)
    /// introduced or dedicated from the stage, whose performer the review is about.
    /// </summary>
    private bool IsStageIntroduction(ReadOnlySpan<Token> tokens, int open)
    {
        if (open < 3 || tokens[open - 3].Text != "," || !(tokens[open - 2].IsIgnoreCase("introduced") && tokens[open - 1].IsIgnoreCase("as")
            || tokens[open - 2].IsIgnoreCase("dedicated") && tokens[open - 1].IsIgnoreCase("to")))
        {
            return false;
        }

        for (var k = open - 4; k >= 0 && open - k <= MaxSetItemTokens && tokens[k].Text is not ("." or "!" or "?" or ";" or ","); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } noun && _setItems.Contains(noun.Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxSetItemTokens = 16;
    private const int MaxSubjectTokens = 8;

    private static readonly WordSet SourceDeterminers = new(["the", "a", "an", "his", "her", "its", "their", "this", "that"]);
    private static readonly WordSet CopulaVerbs = new(["is", "was", "reads", "read", "runs", "ran", "goes", "went"]);
    private static readonly WordSet LinePlaces = new(["final", "first", "last", "opening", "closing"]);
    private static readonly WordSet Possessives = new(["his", "her", "their"]);

    /// <summary>The noun just before the opening mark, or before a dash, a comma or 'about' there ('the line, "…"', 'the speech about "…"').</summary>
    private bool NamedBefore(ReadOnlySpan<Token> tokens, int open)
    {
        var k = open - 1;
        if (k > 0 && (tokens[k].Kind == TokenKind.Dash || tokens[k].Text == "," || tokens[k].IsIgnoreCase("about")))
        {
            k--;
        }

        return k >= 0 && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } noun && _nouns.Contains(noun.Text);
    }

    /// <summary>
    /// 'the "To be or not to be" soliloquy': the noun straight after the closing mark, the quotation ending on a word.
    /// Speech ends on its punctuation before a tag ('"…," words he repeated'), so a quotation ending on punctuation is not a modifier.
    /// </summary>
    private bool ModifiesNounAfter(ReadOnlySpan<Token> tokens, Quotation quotation) =>
        quotation.Close + 1 < tokens.Length && tokens[quotation.Close - 1].IsWordLike
        && tokens[quotation.Close + 1] is { Kind: TokenKind.Word, IsCapitalized: false } noun && _nouns.Contains(noun.Text);
}
