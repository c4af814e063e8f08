using CopyLint.Engine;
using CopyLint.Rules.Boilerplate;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// An action beat that stands for a speech tag in a feature: a short sentence whose subject is a pronoun or a name
/// and whose verb is a gesture (rules/lists/quote-beat-verbs.txt), right after a quotation or right before one:
/// '"Of course I was afraid." He laughed. "But you had the light to mind."'. It names a speaker only where someone
/// is quoted with a speaker in the paragraph or just before; a bare quotation with no one in reach stays unattributed.
/// </summary>
internal sealed class SpeakerBeat(RuleDataSet data)
{
    private static readonly WordSet Pronouns = new(["he", "she", "they"]);

    private const int MaxNameWords = 3;
    private const int MaxBeatWords = 8;

    /// <summary>How many paragraphs back a quoted speaker may stand: the one before may be an interviewer's question ('Was he afraid?').</summary>
    private const int LookBack = 2;

    private readonly WordSet _verbs = WordSet.From(data, "quote-beat-verbs");
    private readonly WordSet _stances = WordSet.From(data, "quote-beat-stances");

    /// <summary>"View this post on Instagram": lines an embed leaves, which neither break the section nor count as a paragraph.</summary>
    private readonly SocialEmbeds _embeds = new(data);

    /// <summary>Whether a beat next to the quotation of paragraph <paramref name="p"/> names its speaker.</summary>
    public bool Names(SourceMap map, int p, Quotation quotation, string text)
    {
        var paragraph = map.Paragraphs[p];
        var tokens = paragraph.Tokens;
        var first = paragraph.SentenceOf(quotation.Open);
        var last = paragraph.SentenceOf(Math.Min(quotation.Close, tokens.Length - 1));
        var sentences = paragraph.Sentences;
        if (quotation.IsClosed(tokens.Length) && IsTagBeat(paragraph, quotation.Close, sentences[last].End.Value))
        {
            return true;
        }

        var beatBefore = sentences[first].Start.Value == quotation.Open && (first > 0 ? IsBeat(paragraph, first - 1) : IsBeatParagraph(map, p - 1));
        var beatAfter = !beatBefore && last + 1 < sentences.Count && quotation.IsClosed(tokens.Length)
            && EndsSentence(tokens, quotation.Close, sentences[last].End.Value) && IsBeat(paragraph, last + 1);
        return (beatBefore || beatAfter) && SpeakerNearby(map, p, quotation, text);
    }

    /// <summary>
    /// '"Not on Northern Rail," he laughs.': a beat in the tag's place, after the comma that closes the quotation in its own
    /// sentence, names the speaker as "he says" would. 'Not on Northern Rail." He laughs.' is a beat of its own.
    /// </summary>
    private bool IsTagBeat(ParagraphSources paragraph, int close, int end)
    {
        var tokens = paragraph.Tokens;
        if (close < 1 || tokens[close - 1].Text is not ("," or "?" or "!") || end - close < 3 || tokens[end - 1].Text is not ("." or "!"))
        {
            return false;
        }

        var tag = tokens[(close + 1)..end];
        var verb = SubjectLength(tag);
        if (verb == 0 || verb >= tag.Length || tag[verb].Kind != TokenKind.Word || !_verbs.Contains(tag[verb].Text))
        {
            return false;
        }

        var words = 0;
        for (var k = 0; k < tag.Length; k++)
        {
            if (paragraph.Quoted[close + 1 + k] || (tag[k].IsWordLike && ++words > MaxBeatWords))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// 'He is candid about the limits.' standing as its own paragraph just before the one the quotation opens: a beat set
    /// apart, as features do before a closing quote.
    /// </summary>
    private bool IsBeatParagraph(SourceMap map, int q) =>
        q >= 0 && !map.Paragraphs[q].IsHeading && map.Paragraphs[q].Sentences.Count == 1 && map.Paragraphs[q].Quotations.Length == 0
        && IsBeat(map.Paragraphs[q], 0);

    /// <summary>Only closing punctuation after the quotation's closing mark in its sentence.</summary>
    private static bool EndsSentence(ReadOnlySpan<Token> tokens, int close, int end)
    {
        for (var k = close + 1; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>'He laughed.', 'She shrugs.', 'Ó Sé shook his head.': a subject, perhaps an adverb, a beat verb, a few words more.</summary>
    private bool IsBeat(ParagraphSources paragraph, int s)
    {
        var (offset, length) = paragraph.Sentences[s].GetOffsetAndLength(paragraph.Tokens.Length);
        var sentence = paragraph.Tokens.Slice(offset, length);
        var quoted = paragraph.Quoted.Slice(offset, length);
        if (sentence.Length < 3 || sentence[^1].Text is not ("." or "!"))
        {
            return false;
        }

        var verb = SubjectLength(sentence);
        if (verb > 0 && verb < sentence.Length - 1 && sentence[verb].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            verb++; // "He briefly paused."
        }

        if (verb == 0 || verb >= sentence.Length || sentence[verb].Kind != TokenKind.Word || !(_verbs.Contains(sentence[verb].Text) || IsStance(sentence, verb)))
        {
            return false;
        }

        var words = 0;
        for (var k = 0; k < sentence.Length; k++)
        {
            if (quoted[k] || (sentence[k].IsWordLike && ++words > MaxBeatWords))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The words of a beat's subject: a pronoun, a name of up to three words, or a possessive and a noun with a name
    /// after it set off by commas ("His wife, Pat,"); 0 for none.
    /// </summary>
    private static int SubjectLength(ReadOnlySpan<Token> sentence)
    {
        if (Pronouns.Contains(sentence[0].Text))
        {
            return 1;
        }

        if (Possessives.Contains(sentence[0].Text) && sentence.Length > 5 && sentence[1] is { Kind: TokenKind.Word, IsCapitalized: false }
            && sentence[2].Text == "," && sentence[3] is { Kind: TokenKind.Word, IsCapitalized: true } && sentence[4].Text == ",")
        {
            return 5;
        }

        var length = 0;
        while (length < MaxNameWords && length < sentence.Length && sentence[length] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            length++;
        }

        return length > 0 ? length + OfAppositive(sentence, length) : 0;
    }

    /// <summary>
    /// ", of Alpecin-Deceuninck," after a name: the team, club or body it is of, set off by commas, as sports copy
    /// introduces a rider or a player; 0 for none.
    /// </summary>
    private static int OfAppositive(ReadOnlySpan<Token> sentence, int at)
    {
        if (at + 3 >= sentence.Length || sentence[at].Text != "," || sentence[at + 1].Text != "of")
        {
            return 0;
        }

        for (var k = at + 2; k < sentence.Length && k <= at + 1 + MaxNameWords; k++)
        {
            if (sentence[k].Text == ",")
            {
                return k > at + 2 ? k + 1 - at : 0;
            }

            if (sentence[k] is not { Kind: TokenKind.Word, IsCapitalized: true })
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>"is less sure", "was not convinced": a form of "be", perhaps a degree word, and a stance (quote-beat-stances.txt).</summary>
    private bool IsStance(ReadOnlySpan<Token> sentence, int verb)
    {
        if (!BeForms.Contains(sentence[verb].Text))
        {
            return false;
        }

        var stance = verb + 1 < sentence.Length && Degrees.Contains(sentence[verb + 1].Text) ? verb + 2 : verb + 1;
        return stance < sentence.Length && sentence[stance].Kind == TokenKind.Word && _stances.Contains(sentence[stance].Text);
    }

    private static readonly WordSet Possessives = new(["his", "her", "their"]);
    private static readonly WordSet BeForms = new(["is", "was", "are", "were"]);
    private static readonly WordSet Degrees = new(["less", "more", "not", "far", "rather", "much"]);

    /// <summary>
    /// Another quotation of the paragraph, or one a paragraph or two before, has a firm speaker. The lines an embedded post
    /// leaves between ("View this post on Instagram") are passed over: they are no section break and no paragraph of copy.
    /// </summary>
    private bool SpeakerNearby(SourceMap map, int p, Quotation quotation, string text)
    {
        var reach = LookBack;
        for (var q = p; q >= Math.Max(0, p - reach); q--)
        {
            if (q < p && map.Paragraphs[q].IsHeading)
            {
                if (!IsEmbedLine(map.Paragraphs[q], text))
                {
                    return false;
                }

                reach++;
                continue;
            }

            foreach (var other in map.Paragraphs[q].Quotations)
            {
                if ((q < p || other != quotation) && map.SpeakerOf(q, other) is { Strength: Cues.CueStrength.Firm })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsEmbedLine(ParagraphSources paragraph, string text)
    {
        var tokens = paragraph.Tokens;
        return tokens.Length > 0 && _embeds.IsEmbedPhrase(text.AsSpan(tokens[0].Span.Start, tokens[^1].Span.End - tokens[0].Span.Start));
    }
}
