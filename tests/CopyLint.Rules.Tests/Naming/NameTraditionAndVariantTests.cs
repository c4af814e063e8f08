namespace CopyLint.Rules.Tests.Naming;

/// <summary>Naming rules on foreign names that keep their accents, Singapore Chinese names, two of one family.</summary>
public sealed class NameTraditionAndVariantTests
{
    private static string[] Flagged(string text, string rule) => [.. RuleHarness.Lint(text, rule).Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Quebec makes more than 700 cheeses. Dairy farms in Quebec are small.\n\nAccording to the Conseil des industriels laitiers du Québec, exports rose 8 per cent.")]
    [InlineData("The Quebec government paid for the study.\n\nThe Orchestre symphonique de Montréal will play, and Montreal hotels are full.")]
    [InlineData("Fans of the Conseil des industriels laitiers du Québec met twice. Members of the Fédération des producteurs du Québec came too.\n\nThe farmers said Quebec exports rose.")]
    public void An_accented_name_inside_a_foreign_name_is_left_alone(string text) => Assert.Empty(Flagged(text, "CL2001"));

    [Fact]
    public void An_accented_place_inside_an_organisations_name_is_left_alone() =>
        Assert.Empty(Flagged(
            "Santé Québec marks first year with promise to cut surgery backlog\n\n"
            + "MONTREAL — Quebec's new health agency says it will cut surgery waits by half.\n\n"
            + "Santé Québec, created by the government to run the province's health network, took over hospitals in December 2024.\n\n"
            + "The Fédération interprofessionnelle de la santé du Québec said staff had seen little change.\n\n"
            + "Average waits in Quebec emergency rooms remain among the longest in Canada.\n\n"
            + "Santé Québec said it would open 14 new access points across the province.", "CL2001"));

    [Fact]
    public void An_accented_place_standing_alone_beside_an_organisations_name_still_fires() =>
        Assert.Equal(["Québec"], Flagged(
            "MONTREAL — Quebec's new health agency says it will cut surgery waits by half.\n\n"
            + "Santé Québec took over hospitals in December 2024. Waits in Quebec emergency rooms remain long.\n\n"
            + "Officials in Québec said the agency would open 14 new access points.", "CL2001"));

    [Fact]
    public void An_accented_name_in_english_prose_still_fires()
    {
        const string text = "Quebec makes more than 700 cheeses. Dairy farms in Quebec are small.\n\nThe province of Québec exports a third of them.";
        Assert.Equal(["Québec"], Flagged(text, "CL2001"));
    }

    [Theory]
    [InlineData("Deputy Home Minister Tan Wei Ming said the boats would be built in Penang.\n\nWei Ming told reporters the coast was long.", "Wei Ming")]
    [InlineData("The franchise partner, Tan Li Ting, owns two cafes.\n\nLi Ting said her team had studied the menu.", "Li Ting")]
    public void A_singapore_chinese_given_name_alone_is_reported(string text, string wrong) => Assert.Equal([wrong], Flagged(text, "CL2002"));

    [Theory]
    [InlineData("The minister, Tan Wei Ming, said the boats would be built in Penang.\n\nTan told reporters the coast was long.")]
    [InlineData("Tan France, the television presenter, opened the show.\n\nFrance said he was delighted.")]
    public void A_singapore_chinese_family_name_or_a_western_name_is_left_alone(string text) => Assert.Empty(Flagged(text, "CL2002"));

    [Fact]
    public void A_given_name_is_reported_when_the_family_name_alone_meant_the_person_before_another_of_the_family_is_named() =>
        Assert.Equal(["Chuqin"], Flagged(
            "China's Wang Chuqin beat Harimoto Tomokazu 4-2 in the final.\n\nChuqin, 25, recovered from losing the first two games. "
            + "\"I told myself to attack,\" Wang said.\n\nIn the women's final, Sun Yingsha beat her compatriot Wang Manyu 4-1.", "CL2002"));

    [Fact]
    public void A_given_name_that_tells_apart_two_of_one_family_named_before_the_family_name_alone_is_left_alone() =>
        Assert.Empty(Flagged(
            "China's Wang Chuqin beat Harimoto Tomokazu 4-2 in the men's final, and Wang Manyu won the women's.\n\n"
            + "Chuqin, 25, recovered from losing the first two games. Manyu was never behind.", "CL2002"));

    [Fact]
    public void A_given_name_after_the_other_of_the_family_is_named_is_left_alone() =>
        Assert.Empty(Flagged(
            "China's Wang Chuqin beat Harimoto Tomokazu 4-2 in the final. Wang, 25, recovered from two games down.\n\n"
            + "His sister, Wang Manyu, watched from the stands. Chuqin said she had helped him prepare.", "CL2002"));

    [Fact]
    public void A_given_name_with_its_last_letter_doubled_after_the_surname_alone_fires() =>
        Assert.Equal(["Kristoff Nemeth"], Flagged(
            "Kristof Nemeth spent a decade cooking in Budapest before opening here.\n\nThe goulash is the dish to order. Nemeth uses beef cheek.\n\n"
            + "Kristoff Nemeth said the hardest part had been finding paprika.", "CL2001"));

    [Theory]
    [InlineData("Kristof Nemeth spent a decade cooking in Budapest before opening here.\n\nThe goulash is the dish to order.\n\n"
        + "Kristoff Nemeth said the hardest part had been finding paprika.")]
    [InlineData("Kristof Nemeth spent a decade cooking in Budapest before opening here.\n\nThe goulash is the dish to order. Nemeth uses beef cheek.\n\n"
        + "Kristoff Nemeth, who runs the bar next door, said the street had changed.")]
    [InlineData("Francis Nemeth spent a decade cooking in Budapest before opening here.\n\nThe goulash is the dish to order. Nemeth uses beef cheek.\n\n"
        + "Frances Nemeth said the hardest part had been finding paprika.")]
    public void A_given_name_one_letter_out_with_no_surname_alone_between_or_an_introduction_is_left_alone(string text) =>
        Assert.Empty(Flagged(text, "CL2001"));

    [Theory]
    [InlineData("Japan's Akamatsu Ryoichi was fifth.\n\nRyoichi, who cleared 2.26, said his ankle had troubled him.", "Ryoichi")]
    [InlineData("The striker Tanaka Takuya scored twice.\n\nTakuya said the team had earned the win.", "Takuya")]
    public void A_hepburn_given_name_alone_after_a_japanese_family_name_is_reported(string text, string wrong) =>
        Assert.Equal([wrong], Flagged(text, "CL2002"));

    [Theory]
    [InlineData("Japan's Ryoichi Akamatsu was fifth.\n\nAkamatsu, who cleared 2.26, said his ankle had troubled him.")]
    [InlineData("Japan's Akamatsu Ryoichi was fifth.\n\nAkamatsu, who cleared 2.26, said his ankle had troubled him.")]
    [InlineData("The new Tanaka Holdings plant opened in May.\n\nHoldings rose 4 per cent.")]
    public void A_japanese_name_shortened_to_the_family_name_or_a_company_is_left_alone(string text) =>
        Assert.Empty(Flagged(text, "CL2002"));

    [Fact]
    public void A_transliterated_given_name_in_an_opening_possessive_after_the_surname_alone_fires() =>
        Assert.Equal(["Mohammad Siraj"], Flagged(
            "RAJKOT: Mohammed Siraj took five for 38 as India won.\n\nSiraj removed Travis Head in his opening spell.\n\n"
            + "Mohammad Siraj's figures were his best in ODIs on home soil.", "CL2001"));

    [Theory]
    [InlineData("RAJKOT: Mohammed Siraj took five for 38 as India won.\n\nThe bowlers were fresh.\n\n"
        + "Mohammad Siraj's figures were his best in ODIs on home soil.")]
    [InlineData("RAJKOT: Mohammed Siraj took five for 38 as India won.\n\nSiraj removed Travis Head in his opening spell.\n\n"
        + "Mohammad Siraj's brother watched from the stand.")]
    public void A_possessive_with_no_surname_alone_between_or_with_family_ties_is_left_alone(string text) =>
        Assert.Empty(Flagged(text, "CL2001"));

    [Fact]
    public void A_short_last_word_one_letter_out_in_a_three_word_name_repeated_unintroduced_fires() =>
        Assert.Equal(["Zaw Min Htun"], Flagged(
            "Maj. Gen. Zaw Min Tun, the military government's spokesman, said the air force had targeted a base. "
            + "Zaw Min Htun did not say how many people had been killed.", "CL2001"));

    [Theory]
    [InlineData("Zaw Min Tun, the military government's spokesman, said the air force had targeted a base. "
        + "Zaw Min Htun, a monk at the monastery, said 20 people had been killed.")]
    [InlineData("Ann Lee, the mayor, said the road would close. Ann Leo said the shop would stay open.")]
    public void A_short_last_word_one_letter_out_in_an_introduced_or_a_two_word_name_is_left_alone(string text) =>
        Assert.Empty(Flagged(text, "CL2001"));

    [Fact]
    public void A_surname_misspelt_once_opening_a_sentence_with_an_age_fires() =>
        Assert.Equal(["Kvaratskelia"], Flagged(
            "Paris Saint-Germain are in talks with Napoli over the Georgia winger Khvicha Kvaratskhelia, who wants to leave.\n\n"
            + "Kvaratskelia, 23, has two years remaining on his contract.", "CL2001"));
}
