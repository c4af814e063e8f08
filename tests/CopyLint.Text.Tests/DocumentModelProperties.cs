using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Text.Tests;

/// <summary>
/// How paragraphs and sentences relate to the tokens, on random copy with blank lines, wrapped lines, list items,
/// quotes and abbreviations. (When lines came to be split in one pass and sentences listed once, a frozen build of the
/// old model gave the same paragraphs and sentences on 30,000 such texts and the corpus.)
/// </summary>
public sealed class DocumentModelProperties
{
    private static readonly string[] Fragments =
    [
        "a", "Z", "é", " ", "  ", "\t", "\n", "\r\n", "\n\n", ".", ",", ":", "!", "?", "…", "...", "(", ")", "-", "*", "•",
        "#", ">", "'", "’", "‘", "\"", "“", "”", "<!-- x -->", "U.S.", "Mr", "J", "the", "The", "said", "she", "2.", "3)",
        "1.5",
    ];

    private static Arbitrary<string> Copy() =>
        Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Document_sentences_are_the_paragraphs_sentences_in_order() =>
        Prop.ForAll(Copy(), text =>
        {
            var document = Document.Parse(text);
            var fromParagraphs = document.Paragraphs.SelectMany(p => p.Sentences).ToList();
            return document.Sentences.SequenceEqual(fromParagraphs)
                && document.Sentences.Select((s, i) => s.Index == i).All(ok => ok);
        });

    [Property(MaxTest = 1000)]
    public Property Every_content_token_is_in_one_paragraph_that_starts_and_ends_with_content() =>
        Prop.ForAll(Copy(), text =>
        {
            var document = Document.Parse(text);
            var content = document.Tokens.Where(t => !t.IsTrivia).Select(t => t.Span);
            var inParagraphs = document.Paragraphs.SelectMany(p => p.Tokens.Where(t => !t.IsTrivia)).Select(t => t.Span);
            return content.SequenceEqual(inParagraphs)
                && document.Paragraphs.All(p => !p.Tokens[0].IsTrivia && !p.Tokens[^1].IsTrivia && p.Span.Start == p.Tokens[0].Span.Start);
        });
    /// <summary>The scanner's lower-case word screen turns away no word the text writes (and passes what it cannot know).</summary>
    [Property(MaxTest = 1000)]
    public Property Every_word_written_passes_the_lowercase_word_screen() =>
        Prop.ForAll(Copy(), text =>
        {
            var document = Document.Parse(text + " analysts ſun Élan iPhone");
            return document.Tokens.Where(t => t.Kind == TokenKind.Word).All(t => document.MayWriteWord(t.Text))
                && document.MayWriteWord("Analysts") && document.MayWriteWord("of");
        });

    [Fact]
    public void The_lowercase_word_screen_turns_away_most_words_not_written()
    {
        var document = Document.Parse("Kim said the vote was close.");
        Assert.InRange(new[] { "analysts", "police", "mayor", "council", "hospital", "official" }.Count(word => document.MayWriteWord(word)), 0, 1);
    }

    [Property(MaxTest = 1000)]
    public Property Line_breaks_are_the_indexes_of_the_line_break_tokens() =>
        Prop.ForAll(Copy(), text =>
        {
            var document = Document.Parse(text);
            var expected = document.Tokens.Select((t, i) => (t.Kind, i)).Where(t => t.Kind == TokenKind.LineBreak).Select(t => t.i);
            return document.LineBreaks.ToArray().SequenceEqual(expected);
        });

    [Property(MaxTest = 300)]
    public Property Each_line_break_ends_its_source_line_and_a_comment_over_lines_holds_its_own() =>
        Prop.ForAll(Copy(), text =>
        {
            var document = Document.Parse(text + "<!-- a\nb -->");
            var breaks = document.LineBreaks.ToArray();
            var lines = Enumerable.Range(1, breaks.Length).Select(line => document.Tokens[breaks[line - 1]].Span.Start == document.Source.GetLineSpan(line).End);
            return breaks.Length == document.Source.LineCount - 2 && lines.All(ok => ok);
        });
    [Property(MaxTest = 1000)]
    public Property A_paragraphs_content_count_is_its_tokens_that_are_not_trivia() =>
        Prop.ForAll(Copy(), text =>
            new[] { text, text + "<!-- a\n\nb -->" + text }.All(copy =>
                Document.Parse(copy).Paragraphs.All(p => p.ContentCount == p.Tokens.Count(t => !t.IsTrivia))));

    /// <summary>
    /// Noted while splitting sentences, which skips the closing marks it takes with a sentence's end ("…over.”"): the
    /// flag must see those too. (It fails when only the marks the splitter visits one by one count.)
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property A_paragraph_has_quotation_marks_when_one_of_its_tokens_is_one() =>
        Prop.ForAll(Copy(), text =>
            new[] { text, "It was over.” " + text, text + " “Yes.” ‘No.’ \"Maybe.\"" }.All(copy =>
                Document.Parse(copy).Paragraphs.All(p => p.HasQuotationMarks == p.Tokens.Any(t => t.Kind == TokenKind.Quote))));

    [Fact]
    public void A_closing_mark_taken_with_the_sentence_end_is_a_quotation_mark()
    {
        var paragraphs = Document.Parse("It was over.”\n\nNo quotes here. None.\n\n“Yes,” she said.").Paragraphs;
        Assert.Equal([true, false, true], paragraphs.Select(p => p.HasQuotationMarks));
    }

    /// <summary>
    /// The builder numbers a paragraph's first line from the lines it split, and asks the source only when a comment
    /// holds line breaks (its lines then no longer match the source's): either way the source's line of its start.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property A_paragraphs_first_line_is_the_source_line_of_its_start() =>
        Prop.ForAll(Copy(), text =>
            new[] { text, text + "<!-- a\r\nb\rc -->" + text, "<!--\n-->\n" + text }.All(copy =>
            {
                var document = Document.Parse(copy);
                return document.Paragraphs.All(p => p.FirstLine == document.Source.GetLinePosition(p.Span.Start).Line);
            }));
}
