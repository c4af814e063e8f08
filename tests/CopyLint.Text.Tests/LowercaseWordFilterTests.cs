using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Text.Tests;

/// <summary>The scanner's filter of lower-case words never says no to a word the document writes.</summary>
public sealed class LowercaseWordFilterTests
{
    private static readonly string[] Fragments =
    [
        "a", "an", "the", "analysts", "Analysts", "north", "North", "é", "école", " ", "\n", ".", ",", "’", "don’t", "long-term",
        "www.example.com/a", "a@b.cd", "2025", "x", "rose", "Rose", "<!-- x -->",
    ];

    private static Arbitrary<string> Copy() =>
        Gen.OneOf(
                Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)),
                ArbMap.Default.GeneratorFor<string>().Select(text => text ?? ""))
            .ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Every_word_a_document_writes_may_be_written() =>
        Prop.ForAll(Copy(), text =>
        {
            var document = Document.Parse(text);
            foreach (var token in document.Tokens)
            {
                if (token.Kind == TokenKind.Word && !document.MayWriteLowercaseWord(token.Text))
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void A_word_the_document_does_not_write_is_told_apart()
    {
        var document = Document.Parse("North Korea said analysts were wrong.");

        Assert.True(document.MayWriteLowercaseWord("analysts"));
        Assert.False(document.MayWriteLowercaseWord("north"));
        Assert.False(document.MayWriteLowercaseWord("korea"));
    }

    [Fact]
    public void A_word_not_starting_with_a_lower_case_ASCII_letter_is_always_a_maybe()
    {
        var document = Document.Parse("Nothing here.");

        Assert.True(document.MayWriteLowercaseWord("École"));
        Assert.True(document.MayWriteLowercaseWord("école"));
        Assert.True(document.MayWriteLowercaseWord(""));
    }
}
