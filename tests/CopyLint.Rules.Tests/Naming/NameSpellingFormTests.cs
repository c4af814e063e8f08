using CopyLint.Rules.Naming;

namespace CopyLint.Rules.Tests.Naming;

/// <summary>Naming rules on dotted abbreviations, a quote's closing attribution, a title also written in lower case, Vietnamese "Dz".</summary>
public sealed class NameSpellingFormTests
{
    private static string[] Flagged(string text, string rule) => [.. RuleHarness.Lint(text, rule).Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("URGENT\n\nEarthquake strikes off Chile, US Geological Survey says.\n\nSANTIAGO, Chile (AP) — An earthquake struck off the coast on Thursday, the U.S. Geological Survey said.")]
    [InlineData("The U.K. Border Force seized the boat. Officers from the UK Border Force said the crew were arrested.")]
    public void Dotted_and_undotted_abbreviations_in_a_name_are_one_spelling(string text) => Assert.Empty(Flagged(text, "CL2001"));

    [Fact]
    public void A_name_that_differs_by_more_than_full_stops_still_fires() =>
        Assert.Equal(["US GeoLogical Survey"], Flagged(
            "The U.S. Geological Survey said the quake struck at sea. The US Geological Survey later revised it.\n\nThe US GeoLogical Survey said there was no damage.", "CL2001"));

    [Theory]
    [InlineData("School board approves four-day week despite parent pushback\n\nParent Maria Salazar, who organized the petition, said families would struggle.\n\n"
        + "\"Not everybody has a grandma at home,\" Salazar said.\n\nSalazar said parents would now focus on the program.\n\n"
        + "\"We lost this one, but we're not going away,\" said Maria Salasar.", "Maria Salasar")]
    [InlineData("Council backs new library plan\n\nLibrarian Eilidh MacLeod, who ran the campaign, said the town had waited long enough.\n\n"
        + "MacLeod said the doors would open in spring.\n\n\u201CIt is a good day for readers,\u201D says Eilidh McLeod.", "Eilidh McLeod")]
    public void A_full_name_closing_a_quote_attribution_with_the_surname_one_letter_out_fires(string text, string wrong) =>
        Assert.Equal([wrong], Flagged(text, "CL2001"));

    [Theory]
    [InlineData("School board approves four-day week despite parent pushback\n\nParent Maria Salazar, who organized the petition, said families would struggle.\n\n"
        + "Salazar said parents would now focus on the program.\n\n\"We lost this one,\" said Maria Salasar, a teacher at the school.")]
    [InlineData("School board approves four-day week despite parent pushback\n\nParent Maria Salazar, who organized the petition, said families would struggle.\n\n"
        + "Salazar said parents would now focus on the program.\n\nThe petition was handed in by Maria Salasar.")]
    public void A_full_name_introduced_or_not_closing_a_quote_attribution_is_left_alone(string text) => Assert.Empty(Flagged(text, "CL2001"));

    [Fact]
    public void A_title_the_article_also_writes_in_lower_case_is_no_bare_surname() =>
        Assert.Empty(Flagged(
            "The trawler, skippered by Patrick Firtéar, reached the yacht at 11pm.\n\nSkipper Firtéar said the seas were running high.\n\n"
            + "\"It took us three goes,\" Mr Firtéar said.\n\nThe skipper has fished the coast for 30 years.", "CL2003"));

    [Fact]
    public void A_bare_surname_beside_an_honorific_still_fires() =>
        Assert.Equal(["Mr Firtéar"], Flagged(
            "The trawler, skippered by Patrick Firtéar, reached the yacht at 11pm.\n\nFirtéar said the seas were running high.\n\n"
            + "\"It took us three goes,\" Mr Firtéar said.\n\nThe skipper has fished the coast for 30 years.", "CL2003"));

    private const string VietnameseStory =
        "HANOI (Reuters) - Vietnam's central bank will keep the dong stable, its governor said on Tuesday.\n\n"
        + "Governor Pham Quang Dung told a news conference in Hanoi that inflation remained within the target.\n\n"
        + "\"We have room to support growth,\" {0} said.\n\n"
        + "The dong traded at 25,410 per dollar. Governor Pham Quang {1} added that the bank had sold foreign currency.";

    [Fact]
    public void A_vietnamese_d_written_dz_is_one_name_spelled_two_ways() =>
        Assert.Equal(["Pham Quang Dzung"], Flagged(string.Format(VietnameseStory, "Dung", "Dzung"), "CL2001"));

    [Fact]
    public void Both_given_names_are_reported_beside_the_same_name_written_with_dz() =>
        Assert.Equal(["Quang Dung"], Flagged(string.Format(VietnameseStory, "Quang Dung", "Dzung"), "CL2002"));

    [Fact]
    public void Another_vietnamese_given_name_is_still_another_person() =>
        Assert.Empty(Flagged(string.Format(VietnameseStory, "Dung", "Duc"), "CL2001"));

    [Theory]
    [InlineData("U.S. Geological Survey", "US Geological Survey", true)]
    [InlineData("J.K. Rowling", "JK Rowling", true)]
    [InlineData("US Geological Survey", "US Geological Survey", false)]
    [InlineData("St. Helens", "St Helens", false)]
    [InlineData("U.S. Open", "US Opens", false)]
    public void Full_stop_difference(string a, string b, bool expected)
    {
        Assert.Equal(expected, NameText.HasOnlyFullStopDifference(a, b));
        Assert.Equal(expected, NameText.HasOnlyFullStopDifference(b, a));
    }

    [Theory]
    [InlineData("Dzung", "Dung", true)]
    [InlineData("Dung", "Dzung", true)]
    [InlineData("Dzung", "Zung", false)]
    [InlineData("Dung", "Duong", false)]
    public void Vietnamese_dz_variant(string a, string b, bool expected) => Assert.Equal(expected, NameText.IsVietnameseDzVariant(a, b));
}
