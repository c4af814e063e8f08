namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on a unit symbol after a figure ("8,647 MW"), Australia's science agency
/// in an Australian story, a K-pop act in a Korean story and French rail brands in a French one; CL2001 on a second
/// place one letter from the first ("south of Tainan" beside "Taiwan"). Beside each, the shape that stays reported.
/// </summary>
public sealed class UnitSymbolLocalAcronymAndPlaceNameTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    private static string[] Spellings(string text) =>
        [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Peak power demand in the capital hit a record 8,647 MW on Monday afternoon, the grid operator said.")]
    [InlineData("The developer plans a 2 GW offshore wind farm off the coast, the company said.")]
    [InlineData("Climate scientists at the bureau and CSIRO have said large hail has become more likely around Sydney.")]
    [InlineData("BTS's Jin announces solo world tour\n\nKim Seok-jin, the eldest member of BTS who performs as Jin, will play 20 stadium concerts next year, his agency in Seoul said.")]
    [InlineData("French rail unions extended the strike. About 60% of regional TER trains will run on Friday, and half of TGV services.")]
    [InlineData("Gas pressure in Gazipur dropped to 2 to 3 PSI, against the 15 PSI the factories need, owners said.")]
    public void A_unit_after_a_figure_or_initials_known_where_the_story_is_are_left_alone(string text) =>
        Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The MW said on Monday that demand had hit a record, the grid operator said.", "MW")]
    [InlineData("Some 200 KFRA officials said the cap would stay.", "KFRA")]
    [InlineData("Climate scientists at the bureau and CSIRO have said large hail has become more likely in Texas.", "CSIRO")]
    [InlineData("The BTS said freight volumes fell in Washington state in October.", "BTS")]
    [InlineData("The TGV will run on Friday, officials in Morocco said.", "TGV")]
    [InlineData("The PSI said on Monday that the factories had closed.", "PSI")]
    public void The_same_capitals_before_no_figure_or_away_from_their_place_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Fact]
    public void A_city_after_a_bearing_is_a_second_place_not_a_misspelt_one() =>
        Assert.Empty(Spellings(
            "TAIPEI — The typhoon made landfall in southern Taiwan on Thursday, the weather agency said.\n\n"
            + "Taiwan's emergency centre said two people had been killed.\n\n"
            + "Taiwan's airlines cancelled all domestic flights, and rail services south of Tainan were suspended."));

    [Fact]
    public void A_name_one_letter_out_with_no_bearing_before_it_is_still_reported() =>
        Assert.Equal(["Tainan"], Spellings(
            "TAIPEI — The typhoon made landfall in southern Taiwan on Thursday, the weather agency said.\n\n"
            + "Taiwan's emergency centre said two people had been killed.\n\n"
            + "Taiwan's airlines cancelled all domestic flights, and rail services to Tainan were suspended."));

    private const string Review =
        "Bimal (played by Soumitra Chattopadhyay's longtime co-star Dhritiman Chaterji), his daughter Mithu, and her son.\n\n"
        + "Sensharma gives herself the role of Mithu. Dhritiman Chatterji, now in his eighties, is even better as the father.\n\n";

    [Fact]
    public void A_full_name_written_once_each_way_is_judged_with_its_spelling_in_a_caption() =>
        Assert.Equal(["Dhritiman Chaterji"], Spellings(
            Review + "Photo: Konkona Sensharma and Dhritiman Chatterji in The Long Monsoon. (Handout/Applause Entertainment)"));

    [Fact]
    public void Two_full_names_written_once_each_with_no_other_use_are_left_alone() =>
        Assert.Empty(Spellings(Review + "Photo: Konkona Sensharma in The Long Monsoon. (Handout/Applause Entertainment)"));

    private static string[] WrongPart(string text) =>
        [.. RuleHarness.Lint(text, "CL2002").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Tour =
        "Kim Seok-jin, the eldest member of the band, will play 20 stadium concerts next year, his agency said.\n\n"
        + "The tour opens in Seoul on 14 March. Seok-jin said in a video message that he had planned the shows for a year.\n\n";

    [Fact]
    public void A_given_name_alone_is_reported_beside_the_same_name_written_without_its_hyphen() =>
        Assert.Equal(["Seok-jin"], WrongPart(Tour + "Kim Seokjin has been the most-streamed Korean soloist this year, the platform said."));

    [Fact]
    public void A_given_name_alone_beside_another_of_the_family_is_still_left_alone() =>
        Assert.Empty(WrongPart(Tour + "Kim Nam-joon has been the most-streamed Korean soloist this year, the platform said."));

    private const string Commons =
        "Speaking in the Commons, the environment secretary, Emma Reynolds, said the government would release funding.\n\n"
        + "\"Nobody should be left to face this alone,\" Reynolds told MPs.\n\n";

    [Theory]
    [InlineData(Commons + "Reynold's shadow, Victoria Atkins, said the government had cut budgets.")]
    [InlineData(Commons + "The cuts were Reynold's fault, Victoria Atkins said.")]
    public void A_possessive_with_the_apostrophe_before_the_names_final_s_is_reported(string text) =>
        Assert.Equal(["Reynold"], Spellings(text));

    [Theory]
    [InlineData(Commons + "Prince Reynold's visit was cancelled, the palace said.")]
    [InlineData(Commons + "The cuts were blamed on Reynold by Victoria Atkins.")]
    [InlineData(Commons + "Her brother, Tom Reynold, said Reynold's shop had closed.")]
    public void A_titled_a_plain_or_a_named_shorter_word_is_another_person(string text) =>
        Assert.Empty(Spellings(text));
}
