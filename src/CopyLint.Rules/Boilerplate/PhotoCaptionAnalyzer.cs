using System.Collections.Frozen;
using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Boilerplate;

/// <summary>CL1004: a picture caption pasted in as a paragraph, "North Korean leader Kim Jong Un is pictured visiting a factory."</summary>
public sealed class PhotoCaptionAnalyzer(RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL1004",
        "Photo caption",
        "'{0}' reads as a picture caption, not copy",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "A picture's caption was copied with the story as a paragraph of its own. Without the picture it describes "
        + "something the reader cannot see. Only a paragraph that opens with the caption is reported; prose about a picture "
        + "is left alone. Fix: delete the caption paragraph.")
    {
        Name = "photo-caption",
        Summary = "A picture's caption stands in the story as a paragraph of its own.",
        Reports =
        [
            "A paragraph opening with a caption that names its subject in the present tense (\"is pictured\", \"are pictured\") followed by a place, a position or an -ing verb: \"X is pictured visiting …\".",
            "A paragraph opening with \"Pictured: …\".",
            "A caption without a full stop, and even when it is in a paragraph after a sentence that names a photo.",
            "A caption with a plural possessive, whose apostrophe is no quotation mark: \"Pictured: Prime Minister Abiy Ahmed addresses the House of Peoples' Representatives in Addis Ababa\".",
        ],
        LeftAlone =
        [
            "A caption that does not name its subject: \"he\", \"which\".",
            "A quotation: \"'I was pictured everywhere,' she said\".",
            "The past tense: \"was pictured on CCTV\".",
            "A full sentence that names the photo itself: \"is pictured in a new portrait.\" (rules/lists/photo-nouns.txt).",
            "A full sentence in a paragraph after a sentence that names a photo: \"There is a photograph on the wall.\" then \"Maria Fernandes is pictured standing in the doorway…\".",
        ],
    };

    private const int MaxSubjectWords = 12;

    private static readonly FrozenSet<string> Pronouns = new[]
    {
        "I", "he", "she", "it", "they", "we", "you", "this", "that", "these", "those", "which", "who", "what", "there", "one",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlySet<string> _next = data.GetSet("caption-words", StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlySet<string> _photoNouns = data.GetSet("photo-nouns", StringComparer.OrdinalIgnoreCase);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var source = context.Document.Source;
        foreach (var paragraph in Captions(context))
        {
            var first = paragraph.Sentences[0];
            var lastLine = source.GetLinePosition(paragraph.Span.End).Line;
            var fix = new CodeFix("Delete the caption paragraph", LineEdits.DeleteLines(source, paragraph.FirstLine, lastLine));
            context.Report(Descriptor, first.Span, fix, Shorten(source.ToString(first.Span)));
        }
    }

    /// <summary>
    /// The paragraphs this rule reports as captions, found once per document: CL1003 asks too, so that a credit closing
    /// one ("Pictured: … Picture: Getty Images") is not reported a second time.
    /// </summary>
    internal IReadOnlyList<Paragraph> Captions(AnalysisContext context) => context.GetShared(this, this, static (document, self) => self.Find(document));

    private List<Paragraph> Find(Document document)
    {
        List<Paragraph> found = [];

        // Every caption has the word "pictured" or "Pictured": copy without "ictured" has none to find.
        if (!document.Source.Text.Contains("ictured", StringComparison.Ordinal))
        {
            return found;
        }

        Paragraph? previous = null;
        foreach (var paragraph in document.Paragraphs)
        {
            var before = previous;
            previous = paragraph;
            if (paragraph.Sentences is [var first, ..] && MentionsPictured(first) && !(IsIntroduced(before) && !IsUnterminated(first))
                && IsCaption(CopyLine.ContentOf(first.Tokens), IsUnterminated(first)))
            {
                found.Add(paragraph);
            }
        }

        return found;
    }

    /// <summary>True when the paragraph before ends in a full sentence that names a photo (see <see cref="NamesPhoto"/>).</summary>
    private bool IsIntroduced(Paragraph? previous) => previous is { Sentences: [.., var last] } && !IsUnterminated(last) && NamesPhoto(last);

    /// <summary>Every caption has "pictured" or "Pictured": a cheap test that rejects almost every paragraph.</summary>
    private static bool MentionsPictured(Sentence sentence)
    {
        foreach (var token in sentence.Tokens)
        {
            if (token.Text is "pictured" or "Pictured")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence naming a photo ("There is a photograph on the wall that regulars point out."): the paragraph after it
    /// describes that photo in prose ("Maria Fernandes is pictured standing in the doorway…"), not a missing picture.
    /// Footage is left out: a video is no still picture to describe, and a caption often follows a line about one.
    /// </summary>
    private bool NamesPhoto(Sentence sentence)
    {
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind == TokenKind.Word && _photoNouns.Contains(token.Text) && !MovingPictures.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> MovingPictures = new[] { "video", "videos", "footage" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A caption line without a full stop ("Kim is pictured at a factory in an image released on Wednesday").</summary>
    private static bool IsUnterminated(Sentence sentence)
    {
        ReadOnlySpan<Token> tokens = sentence.Tokens;
        var last = tokens.Length - 1;
        while (last >= 0 && tokens[last].IsTrivia)
        {
            last--;
        }

        return (last >= 0 ? tokens[last] : default) is { Kind: not TokenKind.Punctuation } or { Text: not ("." or "!" or "?" or "…") };
    }

    private bool IsCaption(Token[] tokens, bool unterminated)
    {
        if (tokens.Length < 3 || HasQuotationMark(tokens) || (!unterminated && tokens.Any(t => t.Kind == TokenKind.Word && _photoNouns.Contains(t.Text))))
        {
            return false;
        }

        // "Pictured: Kim Jong Un at the factory"
        if (tokens[0].Is("Pictured") && tokens[1].Is(":"))
        {
            return true;
        }

        var verb = Array.FindIndex(tokens, t => t.Is("pictured"));
        if (verb < 2 || !(tokens[verb - 1].Is("is") || tokens[verb - 1].Is("are")) || verb - 1 > MaxSubjectWords)
        {
            return false;
        }

        var subject = tokens[..(verb - 1)];
        return subject[0].Kind == TokenKind.Word && subject[0].IsCapitalized && !Pronouns.Contains(subject[0].Text)
            && subject.All(t => t.IsWordLike || (t.Kind == TokenKind.Punctuation && t.Text is "," or "." or "(" or ")") || t.Kind == TokenKind.Dash)
            && !subject.Any(t => Pronouns.Contains(t.Text))
            && verb + 1 < tokens.Length && IsCaptionContinuation(tokens[verb + 1]);
    }

    /// <summary>
    /// A quotation mark among the tokens; the apostrophe of a plural possessive touching its word's final 's' is none:
    /// "Pictured: Prime Minister Abiy Ahmed addresses the House of Peoples' Representatives".
    /// </summary>
    private static bool HasQuotationMark(Token[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Quote && !(i > 0 && tokens[i].Text is "'" or "’" && tokens[i - 1] is { Kind: TokenKind.Word } word
                && word.Text.EndsWith('s') && word.Span.End == tokens[i].Start && (i + 1 == tokens.Length || tokens[i + 1].Start > tokens[i].Span.End)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCaptionContinuation(Token token) =>
        token.Kind == TokenKind.Word && (_next.Contains(token.Text) || (token.Text.Length > 4 && token.Text.EndsWith("ing", StringComparison.Ordinal)))
        || token.Text is "," or "(";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57].TrimEnd() + "…";
}
