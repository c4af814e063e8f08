namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2001 on a country in "-en" beside its people in "-es" ("Sweden" / "many Swedes") and a regional adjective before a
/// noun beside a longer name that ends in it plus a letter ("the Baltic states" / "Rail Baltica"); beside each, the
/// surname slip that stays reported.
/// </summary>
public sealed class PlaceDemonymAndRegionalAdjectiveTests
{
    private static string[] Findings(string text) =>
        [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void A_country_in_en_and_its_people_are_not_one_name_misspelt() =>
        Assert.Empty(Findings(
            "It is one year since Sweden formally became the 32nd member of NATO. For many Swedes, the change has been bigger than they expected.\n\n"
            + "Polls show that around two thirds of Swedes back membership, and Sweden has raised defence spending.\n"));

    [Fact]
    public void A_surname_in_en_misspelt_is_still_reported() =>
        Assert.Equal(["Berges"], Findings(
            "Mayor Erik Bergen said the budget was tight. Bergen said cuts were coming.\n\n"
            + "Councillors backed Bergen on Monday, but Berges said nothing more.\n"));

    [Fact]
    public void A_regional_adjective_before_a_noun_is_not_a_longer_name_misspelt() =>
        Assert.Empty(Findings(
            "The city plans to extend the tram network to the future terminal of Rail Baltica, the railway that will link the Baltic states to Poland.\n\n"
            + "Rail Baltica is due to open in 2030.\n"));

    [Fact]
    public void The_same_word_as_a_titled_name_is_still_reported() =>
        Assert.Equal(["Baltic"], Findings(
            "Anna Baltica, the project director, said the work was on time. Mr Baltic said the budget was tight.\n\n"
            + "Baltica said the line would open in 2030.\n"));

    [Fact]
    public void A_community_s_hebrew_adjective_and_plural_are_not_one_name_misspelt() =>
        Assert.Empty(Findings(
            "Knesset committee advances Haredi draft bill amid coalition crisis\n\n"
            + "Committee chairman Boaz Bismuth of Likud said the bill would gradually raise the number of Haredi recruits.\n\n"
            + "The army's manpower directorate has said Haredi enlistment could fill part of the gap.\n\n"
            + "\"This bill is a fig leaf. It is designed to keep the coalition together, not to bring Haredim into the army,\" said opposition MK Gadi Eisenkot of the National Unity party.\n"));

    [Fact]
    public void A_surname_misspelt_beside_the_plural_is_still_reported() =>
        Assert.Contains("Bizmuth", Assert.Single(Findings(
            "Knesset committee advances Haredi draft bill amid coalition crisis\n\n"
            + "Committee chairman Boaz Bismuth of Likud said the bill would gradually raise the number of Haredi recruits.\n\n"
            + "\"This bill is a fig leaf. It is designed to keep the coalition together, not to bring Haredim into the army,\" said opposition MK Gadi Eisenkot of the National Unity party.\n\n"
            + "Boaz Bizmuth rejected the criticism.\n")));
}
