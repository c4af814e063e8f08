namespace CopyLint.Rules.Tests.Naming;

/// <summary>Round-4 held-out surveys: CL2001, CL2002 and CL2006 false positives and misses.</summary>
public sealed class NameSlipAndBylineTests
{
    private static List<string> Flagged(string text, string id) =>
        [.. RuleHarness.Lint(text, id).Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void A_letter_ending_a_name_leaves_the_full_stop_to_the_sentence()
    {
        const string text = "Reviewers flagged performance problems, particularly on Xbox Series S.\n\n"
            + "\"Some players on Xbox Series S and lower-end PCs are seeing drops,\" the studio said.";
        Assert.Empty(Flagged(text, "CL2001"));
    }

    [Fact]
    public void An_initial_inside_a_name_keeps_its_full_stop()
    {
        const string text = "President George W. Bush spoke on Monday. Bush said George W. Bush would never run again.";
        Assert.Empty(Flagged(text, "CL2001"));
    }

    [Fact]
    public void A_body_spelt_out_with_its_acronym_beside_another_head_is_still_reported()
    {
        // The writer who spells out one body with care can still slip on its head later (the seeds' NIS/NIA). Two real
        // sister bodies with one named bare ("Malaysian Palm Oil Board (MPOB)" … "Malaysian Palm Oil Council") are the
        // cost: both must be spelt out with their acronyms to be told apart.
        const string text = "South Korea's National Intelligence Service (NIS) briefed lawmakers. The NIS said troops had moved.\n\n"
            + "The National Intelligence Agency said more would follow.";
        Assert.Equal(["National Intelligence Agency"], Flagged(text, "CL2001"));
    }

    [Fact]
    public void Two_heads_of_one_kind_without_an_acronym_are_still_reported()
    {
        const string text = "South Korea's National Intelligence Service briefed lawmakers. The National Intelligence Agency said troops had moved.";
        Assert.Equal(["National Intelligence Agency"], Flagged(text, "CL2001"));
    }

    [Fact]
    public void The_bare_byline_under_the_headline_spells_the_authors_name()
    {
        const string text = "The lessons of the crash are being forgotten\n\nDeclan Fitzmaurice\n\n"
            + "When the last of the staff left their offices this autumn, there was no ceremony.\n\n"
            + "Declan Fitzmaurrice is a former business editor and writes a fortnightly column.";
        Assert.Equal(["Declan Fitzmaurrice"], Flagged(text, "CL2001"));
    }

    [Fact]
    public void A_bare_name_line_with_another_given_name_is_left_alone()
    {
        const string text = "The lessons of the crash are being forgotten\n\nDeclan Fitzmaurice\n\n"
            + "When the last of the staff left their offices this autumn, there was no ceremony.\n\n"
            + "Ciaran Fitzmaurrice, a former banker, said the mood was different now.";
        Assert.Empty(Flagged(text, "CL2001"));
    }

    [Theory]
    [InlineData("Shura Vance has been announced as the Sunday headliner.\n\nVanse, whose album won the Mercury Prize this year, said in a statement that it was a dream.\n\nShura Vance plays at 9pm.", "Vanse")]
    [InlineData("Callum Okoro is being positioned as a best actor contender. Okoro told reporters he was surprised.\n\nOkora, 34, plays a former amateur champion.\n\nOkoro said he would keep working.", "Okora")]
    public void A_bare_surname_in_apposition_one_letter_out_is_a_typo_of_the_subject(string text, string typo) =>
        Assert.Equal([typo], Flagged(text, "CL2006"));

    [Theory]
    // No apposition: an untitled surname one letter out may be another word.
    [InlineData("Shura Vance has been announced as the Sunday headliner.\n\nVanse won the Mercury Prize this year.\n\nShura Vance plays at 9pm.")]
    // The first letter differs.
    [InlineData("Shura Vance has been announced as the Sunday headliner.\n\nLance, whose album won a prize, said it was a dream.\n\nShura Vance plays at 9pm.")]
    // Named once only.
    [InlineData("Shura Vance has been announced as the Sunday headliner.\n\nVanse, whose album won the Mercury Prize this year, said in a statement that it was a dream.")]
    public void Other_near_misses_without_the_shape_are_left_alone(string text) =>
        Assert.Empty(Flagged(text, "CL2006"));

    [Theory]
    [InlineData("I found Zhang Wei, a chef who trained in Guangzhou. Wei has a passion for Cape Malay cooking.", "Wei")]
    [InlineData("The dishes are cooked by the chef Tanaka Kenji, who spent nine years in Kyoto.\n\nKenji, 44, works alone.", "Kenji")]
    [InlineData("Foreign Minister Wang Yi arrived in Moscow. Yi said the talks would be frank.", "Yi")]
    public void A_family_name_first_name_cut_to_its_given_name_is_reported(string text, string given) =>
        Assert.Equal([given], Flagged(text, "CL2002"));

    [Theory]
    // Western order: the given name comes first, and the surname is the right reference.
    [InlineData("Wei Chen, an analyst at the bank, said demand was weak. Chen expects a rebound.")]
    [InlineData("The chef Kenji Tanaka spent nine years in Kyoto. Tanaka works alone.")]
    [InlineData("Chen Wei, an analyst, said demand was weak. Wei expects a rebound.")]
    public void Names_whose_order_is_uncertain_or_western_are_left_alone(string text) =>
        Assert.Empty(Flagged(text, "CL2002"));
}
