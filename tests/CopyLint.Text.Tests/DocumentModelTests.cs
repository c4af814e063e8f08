using CopyLint.Text;

namespace CopyLint.Text.Tests;

public sealed class DocumentModelTests
{
    private static string[] Sentences(string text)
    {
        var document = Document.Parse(text);
        return [.. document.Sentences.Select(s => document.GetText(s.Span))];
    }

    [Fact]
    public void Titles_initials_and_dotted_abbreviations_do_not_end_a_sentence()
    {
        Assert.Equal(
            ["Mr. Kim met Dr. Lee and Gen. Park in the U.S. on Tuesday.", "George W. Bush was not there."],
            Sentences("Mr. Kim met Dr. Lee and Gen. Park in the U.S. on Tuesday. George W. Bush was not there."));
    }

    [Fact]
    public void Rupees_before_a_sum_do_not_end_a_sentence()
    {
        Assert.Equal(["The film collected Rs. 45 crore on Friday.", "It fell on Saturday."], Sentences("The film collected Rs. 45 crore on Friday. It fell on Saturday."));
    }

    [Fact]
    public void Abbreviated_prosecutors_titles_do_not_end_a_sentence()
    {
        Assert.Equal(
            ["\"He went home,\" Deputy Dist. Atty. Brenda Oyelowo told the judge.", "He left."],
            Sentences("\"He went home,\" Deputy Dist. Atty. Brenda Oyelowo told the judge. He left."));
    }

    [Theory]
    [InlineData("He spoke at the central office in Sta. Cruz, Manila. \"Go to a health center.\"", "He spoke at the central office in Sta. Cruz, Manila.")]
    [InlineData("The shop is in Ste. Foy, near Quebec City. It closed.", "The shop is in Ste. Foy, near Quebec City.")]
    [InlineData("The church of Sto. Niño was full. It rained.", "The church of Sto. Niño was full.")]
    public void Abbreviated_saints_in_place_names_do_not_end_a_sentence(string text, string first) =>
        Assert.Equal(first, Sentences(text)[0]);

    [Fact]
    public void A_sentence_ending_in_a_place_name_still_ends() =>
        Assert.Equal(["The office is in Santa Cruz.", "He went there."], Sentences("The office is in Santa Cruz. He went there."));

    [Fact]
    public void Decimals_do_not_end_a_sentence()
    {
        Assert.Equal(["Growth was 1.5 per cent.", "Then it fell."], Sentences("Growth was 1.5 per cent. Then it fell."));
    }

    [Theory]
    [InlineData("Levels of PM2.5 rose sharply in Delhi. Schools closed.", "Levels of PM2.5 rose sharply in Delhi.")]
    [InlineData("The council owes more than R4.2 billion to Eskom. The utility wants it paid.", "The council owes more than R4.2 billion to Eskom.")]
    [InlineData("Revenue rose to Sh4.24 billion. Profit fell.", "Revenue rose to Sh4.24 billion.")]
    public void A_full_stop_touching_the_digits_after_it_is_a_decimal_point_not_an_end(string text, string first)
    {
        Assert.Equal(first, Sentences(text)[0]);
        Assert.Equal(2, Sentences(text).Length);
    }

    [Fact]
    public void A_full_stop_before_a_spaced_number_still_ends_a_sentence()
    {
        Assert.Equal(["The vote was held in 2024.", "5 members abstained."], Sentences("The vote was held in 2024. 5 members abstained."));
    }

    [Fact]
    public void A_quotation_is_not_split()
    {
        Assert.Equal(
            ["He said: “We will win. We will fight on.”", "Then he left."],
            Sentences("He said: “We will win. We will fight on.” Then he left."));
    }

    [Fact]
    public void A_closing_quote_stays_with_its_sentence()
    {
        Assert.Equal(["“We will win.”", "The minister left."], Sentences("“We will win.” The minister left."));
    }

    [Fact]
    public void A_lower_case_continuation_does_not_start_a_sentence()
    {
        Assert.Equal(["“Go home!” he shouted."], Sentences("“Go home!” he shouted."));
    }

    [Fact]
    public void Wire_copy_puts_each_paragraph_on_its_own_line()
    {
        var document = Document.Parse("SEOUL (AP) — First paragraph.\nSecond paragraph here.\r\nThird.");
        Assert.Equal(3, document.Paragraphs.Count);
        Assert.Equal([1, 2, 3], document.Paragraphs.Select(p => p.FirstLine));
    }

    [Fact]
    public void Wrapped_copy_joins_lines_until_a_blank_line()
    {
        var document = Document.Parse("The minister said the budget would\nbe published on Tuesday.\n\nA second paragraph\nfollows here.");
        Assert.Equal(2, document.Paragraphs.Count);
        Assert.Single(document.Paragraphs[0].Sentences);
    }

    [Fact]
    public void List_items_are_paragraphs_even_in_wrapped_copy()
    {
        var document = Document.Parse("Key points of the plan are\nlisted below.\n\n- Taxes rise.\n- Spending falls.");
        Assert.Equal(3, document.Paragraphs.Count);
    }

    [Fact]
    public void Headlines_are_heading_like_and_prose_is_not()
    {
        var document = Document.Parse("Quick Takes\nThe economy grew by 2% last year, officials said.");
        Assert.True(document.Paragraphs[0].IsHeadingLike);
        Assert.False(document.Paragraphs[1].IsHeadingLike);
    }

    [Fact]
    public void Sentence_spans_point_at_the_source()
    {
        const string text = "  First one.  Second one.\n";
        var document = Document.Parse(text);
        Assert.Equal(["First one.", "Second one."], document.Sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length)));
        Assert.All(document.Sentences, s => Assert.Equal(s.Span, TextSpan.FromBounds(s.Tokens[0].Span.Start, s.Tokens[^1].Span.End)));
    }

    [Fact]
    public void Comments_are_not_paragraphs()
    {
        var document = Document.Parse("<!-- copylint-disable CL1001 -->\nCopy here.");
        Assert.Single(document.Paragraphs);
    }
}
