using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>CL5001: the same word twice in a row ("the the"), a classic slip when copy is reworked.</summary>
public sealed class RepeatedWordAnalyzer(RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL5001",
        "Repeated word",
        "'{0}' is repeated",
        RuleCategory.Typography,
        Severity.Warning,
        "The same word appears twice in a row, usually a slip left by editing. A run ('on on on') is one slip and one "
        + "finding. Words that may correctly be doubled, and names, are left alone.")
    {
        Name = "repeated-word",
        Summary = "The same word appears twice in a row.",
        Reports =
        [
            "The same word twice in a row, usually a slip left by editing.",
            "A run of the same word ('on on on'), as one slip and one finding.",
        ],
        LeftAlone =
        [
            "Grammatical doubles such as 'had had' and 'that that' (rules/lists/legitimate-repeats.txt).",
            "The cheer 'hip hip' and reduplicated loanwords such as 'boda boda' and 'tuk tuk' (rules/lists/legitimate-repeats.txt).",
            "The doubles 'is is' and 'was was', but only after a clause such as 'What it is' (rules/lists/clause-subject-repeats.txt).",
            "A phrasal verb's particle before its preposition ('expected to move in in 2027'; rules/lists/repeat-particle-verbs.txt), but 'expected in in 2027' is reported.",
            "Capitalised names such as 'Bora Bora', but not the pronoun: 'I I throw away' and 'I'm I'm not' are reported.",
            "A name followed by the noun it qualifies: 'the Champions League league phase'.",
            "A verb before a name that opens with the same word ('said Said Al Hajri'; rules/lists/name-stopwords.txt), but 'read the The Guardian report' is reported.",
            "A preposition before a fixed phrase that opens with the same word ('devices at at least two carriers', 'at at most half'; rules/lists/repeat-fixed-phrases.txt), but 'met at at the office' is reported.",
            "A verb's particle 'for' before a 'for' that opens a span of time ('waiting for for more than 10 years'; rules/lists/repeat-for-verbs.txt, repeat-for-durations.txt), but 'waiting for for the bus' is reported.",
            "A word before a name joined by an ampersand that opens with the same letters: 'at AT&T Stadium' (but 'at at AT&T Stadium' is reported).",
            "The noun 'will' before the modal after a determiner, a possessive or a year: 'The 2014 will will now be admitted to probate' (rules/lists/repeat-will-noun-words.txt; 'The council will will decide' is reported).",
            "The particle of 'get' before its preposition: 'supplies are still not getting in in the quantities required' (rules/lists/repeat-particle-verbs.txt; 'still not arriving in in' is reported).",
        ],
    };

    private readonly IReadOnlySet<string> _legitimate = data.GetSet("legitimate-repeats", StringComparer.OrdinalIgnoreCase);
    private readonly WordSet _clauseSubjectRepeats = WordSet.From(data, "clause-subject-repeats");
    private readonly WordSet _clauseSubjectOpeners = WordSet.From(data, "clause-subject-openers");
    private readonly WordSet _particleVerbs = WordSet.From(data, "repeat-particle-verbs");
    private readonly WordSet _nameStopwords = WordSet.From(data, "name-stopwords");
    private readonly IReadOnlySet<string> _fixedPhrases = data.GetSet("repeat-fixed-phrases", StringComparer.OrdinalIgnoreCase);
    private readonly WordSet _forVerbs = WordSet.From(data, "repeat-for-verbs");
    private readonly WordSet _forDurations = WordSet.From(data, "repeat-for-durations");
    private readonly WordSet _willNounWords = WordSet.From(data, "repeat-will-noun-words");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        // Each paragraph's content tokens: two words in a row there are in the same sentence, as a sentence only ends
        // after punctuation, a quote or a bracket. Equal texts have equal keys: only tokens with the key of the one
        // before them need a look.
        var paragraphs = ContentTokens.Of(context);
        var text = context.Document.Text;
        foreach (var (p, k) in RepeatKeys.Of(context).Twins)
        {
            var tokens = paragraphs[p];
            if (IsRepeatAt(text, tokens, k) && !EndsNameBeforeItsNoun(tokens, k - 1) && !BeginsNameAfterItsWord(tokens, k) && !IsRepeatAt(text, tokens, k - 1))
            {
                // "on on on" is one slip: one finding from the first copy to the last, whose fix keeps the first.
                var last = k;
                while (last + 1 < tokens.Length && IsRepeatAt(text, tokens, last + 1))
                {
                    last++;
                }

                var (first, token) = (tokens[k - 1], tokens[last]);
                var removed = TextSpan.FromBounds(first.Span.End, token.Span.End);
                var title = last == k ? $"Delete the second '{token.Text}'" : $"Delete the repeats of '{token.Text}'";
                context.Report(Descriptor, TextSpan.FromBounds(first.Span.Start, token.Span.End), new CodeFix(title, TextEdit.Delete(removed)), token.Text);
            }
        }
    }

    /// <summary>True when the token at <paramref name="k"/> repeats the one before it with only spaces between.</summary>
    private bool IsRepeatAt(string text, ReadOnlySpan<Token> tokens, int k) =>
        k > 0 && IsRepeat(tokens[k - 1], tokens[k]) && OnlySpacesBetween(text, tokens[k - 1], tokens[k]) && !IsLegitimate(tokens, k) && !OpensAmpersandName(text, tokens[k]);

    private static bool IsRepeat(in Token first, in Token second) =>
        first.Kind == TokenKind.Word
        && second.Kind == TokenKind.Word
        && string.Equals(first.Text, second.Text, StringComparison.OrdinalIgnoreCase)
        && !(first.IsCapitalized && second.IsCapitalized && !IsFirstPerson(first.Text));

    /// <summary>"I", "I'm", "I’ve": the pronoun, capitalised anywhere, so "I'm I'm not" is a slip, not a name like "Bora Bora".</summary>
    private static bool IsFirstPerson(string word) => word == "I" || (word.Length > 2 && word[0] == 'I' && word[1] is '\'' or '’');

    /// <summary>
    /// A grammatical double ("had had"); "is is" only when a clause opened a few words before is its subject ("What it
    /// is is a start"), not after a noun ("the war is is likely").
    /// </summary>
    private bool IsLegitimate(ReadOnlySpan<Token> tokens, int k)
    {
        if (IsParticleThenPreposition(tokens, k) || OpensFixedPhrase(tokens, k) || IsParticleThenSpanOfTime(tokens, k) || IsNounWillThenModal(tokens, k))
        {
            return true;
        }

        if (!_legitimate.Contains(tokens[k].Text))
        {
            return false;
        }

        if (!_clauseSubjectRepeats.Contains(tokens[k].Text))
        {
            return true;
        }

        for (var j = k - 2; j >= 0 && j >= k - 1 - ClauseSubjectReach && tokens[j].Kind == TokenKind.Word; j--)
        {
            if (_clauseSubjectOpeners.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "expected to move in in 2027", "carried on on Monday": the first copy is the particle of a phrasal verb
    /// (rules/lists/repeat-particle-verbs.txt), the second the preposition that opens a phrase of time or place.
    /// </summary>
    private bool IsParticleThenPreposition(ReadOnlySpan<Token> tokens, int k) =>
        k >= 2 && tokens[k].Text is "in" or "on" && tokens[k - 2].Kind == TokenKind.Word && _particleVerbs.Contains(tokens[k - 2].Text);

    /// <summary>
    /// "waiting for for more than 10 years": the first "for" closes a verb (rules/lists/repeat-for-verbs.txt), the second
    /// opens a span of time, a figure or a word such as "more" or "decades" (rules/lists/repeat-for-durations.txt).
    /// </summary>
    private bool IsParticleThenSpanOfTime(ReadOnlySpan<Token> tokens, int k) =>
        k >= 2 && k + 1 < tokens.Length && tokens[k].Text.Equals("for", StringComparison.OrdinalIgnoreCase)
        && tokens[k - 2].Kind == TokenKind.Word && _forVerbs.Contains(tokens[k - 2].Text)
        && (tokens[k + 1].Kind == TokenKind.Number || (tokens[k + 1].Kind == TokenKind.Word && _forDurations.Contains(tokens[k + 1].Text)));

    /// <summary>
    /// "The 2014 will will now be admitted to probate": the first "will" is the document, after a determiner or an
    /// adjective of rules/lists/repeat-will-noun-words.txt, a possessive or a year; the second is the modal verb.
    /// "The council will will decide" is a slip.
    /// </summary>
    private bool IsNounWillThenModal(ReadOnlySpan<Token> tokens, int k)
    {
        if (k < 2 || !tokens[k].Text.Equals("will", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = tokens[k - 2];
        return before.Kind switch
        {
            TokenKind.Word => _willNounWords.Contains(before.Text) || before.Text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || before.Text.EndsWith("’s", StringComparison.OrdinalIgnoreCase),
            TokenKind.Number => before.Text.Length == 4 && before.Text.All(char.IsAsciiDigit),
            _ => false,
        };
    }

    /// <summary>
    /// "devices at at least two carriers": the second copy opens a fixed phrase (rules/lists/repeat-fixed-phrases.txt),
    /// so the first is the preposition that governs it.
    /// </summary>
    private bool OpensFixedPhrase(ReadOnlySpan<Token> tokens, int k) =>
        k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word && _fixedPhrases.Contains($"{tokens[k].Text} {tokens[k + 1].Text}");

    /// <summary>Words between the opener and the first copy: "What [the minister's real problem] is is".</summary>
    private const int ClauseSubjectReach = 6;

    /// <summary>
    /// "the Champions League league phase", "the Premier League league table": the first copy ends a capitalised name and
    /// the second, in lower case, is the noun the name qualifies. Deleting either would break the name or the phrase.
    /// </summary>
    private static bool EndsNameBeforeItsNoun(ReadOnlySpan<Token> tokens, int first) =>
        first > 0 && tokens[first].IsCapitalized && !tokens[first + 1].IsCapitalized
        && tokens[first - 1].Kind == TokenKind.Word && tokens[first - 1].IsCapitalized;

    /// <summary>
    /// "said Said Al Hajri", "may May Ali": the second copy, capitalised mid-sentence and no function word
    /// (rules/lists/name-stopwords.txt), opens a name that goes on in capitals. "the The Guardian" is reported.
    /// </summary>
    private bool BeginsNameAfterItsWord(ReadOnlySpan<Token> tokens, int second) =>
        !tokens[second - 1].IsCapitalized && tokens[second].IsCapitalized && !_nameStopwords.Contains(tokens[second].Text)
        && second + 1 < tokens.Length && tokens[second + 1] is { Kind: TokenKind.Word, IsCapitalized: true };

    /// <summary>
    /// "at AT&amp;T Stadium", "in IN&amp;T": the second copy is the first part of a name joined by an ampersand, not a word.
    /// </summary>
    private static bool OpensAmpersandName(string text, in Token second) =>
        second.Span.End < text.Length && text[second.Span.End] == '&';

    /// <summary>
    /// Only whitespace between two content tokens in a row: the other trivia, a line break or a comment (which starts
    /// with "&lt;"), part two words.
    /// </summary>
    private static bool OnlySpacesBetween(string text, in Token first, in Token second) =>
        text.AsSpan(first.Span.End, second.Span.Start - first.Span.End).IndexOfAny('\n', '\r', '<') < 0;
}
