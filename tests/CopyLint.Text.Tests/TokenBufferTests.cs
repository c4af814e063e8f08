using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Text.Tests;

/// <summary>Parsing through a <see cref="TokenBuffer"/> that recycles each document's array gives the same documents.</summary>
public sealed class TokenBufferTests
{
    private static readonly string[] Fragments =
    [
        "a", "Z", "é", " ", "  ", "\t", "\n", "\r\n", "\n\n", ".", ",", ":", "!", "?", "…", "(", ")", "-", "*", "•", "#",
        "’", "“", "”", "<!-- x -->", "U.S.", "Mr", "the", "The", "said", "2.", "3)", "1.5", "www.example.com/a", "a@b.cd",
    ];

    /// <summary>Copy of any length, and now and then raw characters: long and short documents in turn.</summary>
    private static Arbitrary<string[]> Documents() =>
        Gen.ArrayOf(Gen.OneOf(
                Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)),
                ArbMap.Default.GeneratorFor<string>().Select(text => text ?? "")))
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Documents_parsed_through_a_recycling_buffer_are_the_documents_parsed_alone() =>
        Prop.ForAll(Documents(), texts =>
        {
            var buffer = new TokenBuffer();
            foreach (var text in texts)
            {
                var document = Document.Parse(new SourceText(text, "<text>"), buffer);
                var same = Describe(document) == Describe(Document.Parse(text));
                buffer.Recycle(document);
                if (!same)
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void The_next_document_fills_the_recycled_array_when_it_is_long_enough()
    {
        var buffer = new TokenBuffer();
        var first = Document.Parse(new SourceText("The minister said on Tuesday that the plan would go ahead.", "a"), buffer);
        buffer.Recycle(first);
        var second = Document.Parse(new SourceText("Shares rose 3%.", "b"), buffer);

        Assert.Same(first.Tokens.Array, second.Tokens.Array);
        Assert.Equal(["Shares", " ", "rose", " ", "3%", "."], second.Tokens.Select(t => t.Text));
        Assert.Equal(Describe(Document.Parse("Shares rose 3%.")), Describe(second));
    }

    [Fact]
    public void A_document_that_was_not_recycled_keeps_its_tokens()
    {
        var buffer = new TokenBuffer();
        var first = Document.Parse(new SourceText("Shares rose 3%.", "a"), buffer);
        var second = Document.Parse(new SourceText("Shares fell.", "b"), buffer);

        Assert.NotSame(first.Tokens.Array, second.Tokens.Array);
        Assert.Equal("rose", first.Tokens[2].Text);
    }

    [Fact]
    public void A_longer_document_than_the_recycled_array_holds_gets_a_new_one_that_is_recycled_next()
    {
        var buffer = new TokenBuffer();
        var short1 = Document.Parse(new SourceText("Hi.", "a"), buffer);
        buffer.Recycle(short1);
        var text = string.Join(' ', Enumerable.Repeat("Shares rose, then fell.", 40));
        var longer = Document.Parse(new SourceText(text, "b"), buffer);
        buffer.Recycle(longer);
        var next = Document.Parse(new SourceText("Hi.", "c"), buffer);

        Assert.NotSame(short1.Tokens.Array, longer.Tokens.Array);
        Assert.Same(longer.Tokens.Array, next.Tokens.Array);
        Assert.Equal(Describe(Document.Parse(text)), Describe(Document.Parse(new SourceText(text, "d"), buffer)));
    }

    [Fact]
    public void The_array_of_a_huge_document_is_not_kept()
    {
        var buffer = new TokenBuffer();
        var huge = Document.Parse(new SourceText(string.Concat(Enumerable.Repeat("Shares rose, then fell. ", 8_000)), "a"), buffer);
        buffer.Recycle(huge);
        var next = Document.Parse(new SourceText("Hi.", "b"), buffer);

        Assert.True(huge.Tokens.Array!.Length > TokenBuffer.MaxKept);
        Assert.NotSame(huge.Tokens.Array, next.Tokens.Array);
    }

    /// <summary>Every token, paragraph and sentence with what a rule reads of it.</summary>
    private static string Describe(Document document) => string.Join('\n',
        document.Tokens.Select(t => $"{t.Kind} {t.Span} [{t.Text}]")
            .Concat(document.Paragraphs.Select(p => $"P{p.Index} {p.Span} {p.Tokens.Offset}+{p.Tokens.Count} {p.FirstLine} {p.IsHeadingLike} {p.ContentCount} {p.Sentences.Count}"))
            .Concat(document.Sentences.Select(s => $"S{s.Index} {s.ParagraphIndex} {s.Span} {s.Tokens.Offset}+{s.Tokens.Count}"))
            .Concat(document.LineBreaks.ToArray().Select(i => $"L{i}")));
}
