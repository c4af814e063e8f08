using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Typography;

/// <summary>CL5003: a prose sentence or paragraph pasted a second time, and the copy that repeats lines on purpose.</summary>
public sealed class RepeatedPassageTests
{
    private const string Lede = "The city council voted on Tuesday night to close three branch libraries by the end of the year, citing a budget shortfall.";
    private const string Quote = "Councillor Jane Roe, who chairs the finance committee, said the decision had been the hardest of her eight years on the council.";
    private const string Figures = "The three libraries lent about 120,000 books last year, according to the council's own figures.";
    private const string Union = "A spokesman for Unison, which represents library staff, said the union would fight the closures in the courts if it had to.";

    [Fact]
    public void A_paragraph_pasted_again_further_down_is_reported_and_its_fix_leaves_one_blank_line()
    {
        var text = $"{Lede}\n\n{Quote}\n\n{Figures}\n\n{Quote}\n\n{Union}\n";

        var found = Assert.Single(RuleHarness.Lint(text, ["CL5003"]));

        Assert.Equal("This paragraph already appears on line 3", found.Message);
        Assert.Equal(7, found.Start.Line);
        Assert.Equal($"{Lede}\n\n{Quote}\n\n{Figures}\n\n{Union}\n", Fix(text, found));
    }

    [Fact]
    public void Wire_copy_loses_the_line_of_the_repeat()
    {
        var text = $"{Lede}\n{Quote}\n{Figures}\n{Quote}\n";

        var found = Assert.Single(RuleHarness.Lint(text, ["CL5003"]));

        Assert.Equal($"{Lede}\n{Quote}\n{Figures}\n", Fix(text, found));
    }

    [Fact]
    public void A_paragraph_of_several_sentences_repeated_whole_is_one_finding()
    {
        var paragraph = $"{Figures} {Union}";
        var text = $"{Lede}\n\n{paragraph}\n\n{Quote}\n\n{paragraph}\n";

        var found = Assert.Single(RuleHarness.Lint(text, ["CL5003"]));

        Assert.Equal("This paragraph already appears on line 3", found.Message);
        Assert.Equal($"{Lede}\n\n{paragraph}\n\n{Quote}\n", Fix(text, found));
    }

    [Fact]
    public void A_sentence_repeated_inside_another_paragraph_is_deleted_without_a_double_space()
    {
        var text = $"{Lede}\n\n{Figures} {Quote}\n\nResidents have started a petition. {Figures} They hope to save the Eastfield branch.\n";

        var found = Assert.Single(RuleHarness.Lint(text, ["CL5003"]));

        Assert.Equal("This sentence already appears on line 3", found.Message);
        Assert.Equal($"{Lede}\n\n{Figures} {Quote}\n\nResidents have started a petition. They hope to save the Eastfield branch.\n", Fix(text, found));
    }

    [Fact]
    public void A_repeat_that_ends_its_paragraph_takes_the_space_before_it()
    {
        var text = $"{Figures}\n\nResidents have started a petition. {Figures}\n";

        var found = Assert.Single(RuleHarness.Lint(text, ["CL5003"]));

        Assert.Equal($"{Figures}\n\nResidents have started a petition.\n", Fix(text, found));
    }

    [Fact]
    public void Line_wrapping_case_punctuation_and_apostrophes_changed_by_a_paste_still_repeat()
    {
        var wrapped = "The three libraries lent about 120,000 books last year —\naccording to the council’s own figures!";
        var text = $"{Lede}\n\n{Figures}\n\n{Quote}\n\n{wrapped}\n";

        var found = Assert.Single(RuleHarness.Lint(text, ["CL5003"]));

        Assert.Equal(7, found.Start.Line);
        Assert.Equal($"{Lede}\n\n{Figures}\n\n{Quote}\n", Fix(text, found));
    }

    [Theory]
    [InlineData("The three libraries lent about 120,000 books last year, according to the council's latest figures.")]
    [InlineData("The three libraries lent about 120,000 books last year, according to the council's own figures, he said.")]
    [InlineData("The three libraries lent about 12,000 books last year, according to the council's own figures.")]
    public void A_sentence_edited_by_one_word_is_another_sentence(string edited) =>
        Assert.Empty(RuleHarness.Lint($"{Lede}\n\n{Figures}\n\n{Quote}\n\n{edited}\n", ["CL5003"]));

    [Theory]
    [InlineData("He declined to comment.")]
    [InlineData("Police said the investigation was continuing.")]
    [InlineData("This post will be updated as the count goes on.")]
    [InlineData("\"Not one more library will close while I am leader of this council, not one.\"")]
    [InlineData("“Not one more library will close while I am leader of this council, not one.”")]
    [InlineData("Council votes to close three branch libraries after a budget shortfall of two million")]
    [InlineData("- Bus services will not run between the town centre and the hospital on Saturday or Sunday.")]
    [InlineData("1. Bus services will not run between the town centre and the hospital on Saturday or Sunday.")]
    [InlineData("| Eastfield | closes in October | 40,000 loans | staff of six move to the central library in town |")]
    [InlineData("Sign up for our newsletter to get the week's council news delivered to your inbox every Friday.")]
    [InlineData("We use cookies to give you the best experience on our website and to understand how it is used.")]
    [InlineData("Read more: Council votes to close three libraries after budget shortfall, residents say.")]
    [InlineData("North Korean leader Kim Jong Un is pictured visiting a munitions factory in an undisclosed location on Tuesday.")]
    [InlineData("Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.")]
    [InlineData("This article was originally published on The Conversation under a Creative Commons licence. Read the original article.")]
    [InlineData("This is a developing story and will be updated as more information becomes available.")]
    public void Lines_repeated_on_purpose_or_by_other_rules_are_left_alone(string line)
    {
        var text = $"{line}\n\n{Lede}\n\n{line}\n\n{Quote}\n\n{line}\n";

        Assert.Empty(RuleHarness.Lint(text, ["CL5003"]));
    }

    [Fact]
    public void Service_copy_telling_the_reader_what_a_source_says_pasted_twice_is_a_repeat()
    {
        const string advice = "Tenancy Services, part of MBIE, says a bond must be lodged with it within 23 working days, and you should get a receipt.";
        var text = $"{Lede}\n\n{advice}\n\n{Figures}\n\n{advice}\n";

        var found = Assert.Single(RuleHarness.Lint(text, ["CL5003"]));

        Assert.Equal("This paragraph already appears on line 3", found.Message);
    }

    [Fact]
    public void A_quotation_with_its_speaker_pasted_twice_is_a_repeat()
    {
        var quoted = "\"We looked at every other option and there was simply no money left,\" Ms Roe told the packed chamber.";
        var text = $"{Lede}\n\n{quoted}\n\n{Figures}\n\n{quoted}\n";

        Assert.Single(RuleHarness.Lint(text, ["CL5003"]));
    }

    [Fact]
    public void A_formula_that_names_and_counts_nothing_ends_each_story_of_a_roundup_unreported()
    {
        const string formula = "A spokesperson for the company did not immediately respond to a request for comment.";
        var text = $"SEOUL — Samsung shares rose 3% on Tuesday after the chipmaker raised its forecast. {formula}\n\n"
            + $"TOKYO — Sony said it would buy back up to 100 billion yen of its own shares. {formula}\n";

        Assert.Empty(RuleHarness.Lint(text, ["CL5003"]));
    }

    [Fact]
    public void A_paragraph_that_names_nothing_pasted_whole_is_still_reported()
    {
        const string paragraph = "The storm tore a hole in the harbour wall overnight and cut power to homes along the whole of the coast.";
        var text = $"{paragraph}\n\n{Quote}\n\n{paragraph}\n";

        Assert.Equal("This paragraph already appears on line 1", Assert.Single(RuleHarness.Lint(text, ["CL5003"])).Message);
    }

    [Fact]
    public void The_same_sentence_three_times_is_reported_twice_against_the_first()
    {
        var text = $"{Figures}\n\n{Lede}\n\n{Figures}\n\n{Quote}\n\n{Figures}\n";

        var found = RuleHarness.Lint(text, ["CL5003"]);

        Assert.Equal([5, 9], found.Select(d => d.Start.Line));
        Assert.All(found, d => Assert.Equal("This paragraph already appears on line 1", d.Message));
    }

    [Fact]
    public void A_long_document_whose_sentences_share_shapes_finds_only_the_true_repeat()
    {
        // 101, 111 and 121 have the same shape (length, first and last character), so their sentences share a hash.
        var lines = Enumerable.Range(100, 150).Select(n => $"Item {n} of the council's report said the branch would stay open until the end of next year.").ToList();
        lines.Insert(120, lines[11]);

        var found = Assert.Single(RuleHarness.Lint(string.Join("\n", lines), ["CL5003"]));

        Assert.Equal(121, found.Start.Line);
        Assert.Equal("This paragraph already appears on line 12", found.Message);
    }

    [Fact]
    public void A_repeat_of_eleven_words_is_left_alone_however_many_commas_it_has()
    {
        // 25 tokens, enough to be looked up; 11 words, too few to be reported.
        const string Short = "Councillor Roe, the chair, said the decision was hard, very hard.";

        Assert.Empty(RuleHarness.Lint($"{Short}\n\n{Lede}\n\n{Short}\n\n{Figures}\n\n{Short}\n", ["CL5003"]));
    }

    [Fact]
    public void The_headline_printed_again_under_the_byline_is_reported_and_its_fix_deletes_the_copy()
    {
        const string Headline = "Council to close three branch libraries over budget shortfall";
        var text = $"{Headline}\n\nBy Jordan Mulach\n\n{Headline}\n\n{Lede}\n";

        var found = Assert.Single(RuleHarness.Lint(text, ["CL5003"]));

        Assert.Equal("This headline already appears on line 1", found.Message);
        Assert.Equal($"{Headline}\n\nBy Jordan Mulach\n\n{Lede}\n", Fix(text, found));
    }

    [Theory]
    [InlineData("Library closures\n\nBy Jordan Mulach\n\nLibrary closures\n\n")]
    [InlineData("Council to close three branch libraries over budget shortfall\n\nBy Jordan Mulach\n\nThe vote came after months of protest.\n\nCouncil to close three branch libraries over budget shortfall\n\n")]
    public void A_short_label_or_a_heading_below_the_first_prose_is_left_alone(string top) =>
        Assert.Empty(RuleHarness.Lint(top + Lede + "\n", ["CL5003"]));

    private static string Fix(string text, Diagnostic diagnostic) => FixApplier.Apply(text, diagnostic.Fixes[0].Edits).Text;
}
