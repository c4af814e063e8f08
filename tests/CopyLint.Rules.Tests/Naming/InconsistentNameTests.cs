using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2001 on family-name-first names: which one-word differences are typos and which are two people.</summary>
public sealed class InconsistentNameTests
{
    [Fact]
    public void Vietnamese_names_differing_in_the_given_name_are_two_people()
    {
        const string text = "Nguyen Thi Lan, an economist, said orders were good. Lan said the outlook was unclear.\n\n"
            + "Governor Nguyen Thi Hong said the bank would keep policy flexible.";
        Assert.Empty(RuleHarness.Lint(text, "CL2001"));
    }

    [Fact]
    public void A_name_written_once_without_its_okina_is_reported()
    {
        const string text = "The wharf was opened by Prime Minister Laʻauli Leuatea Schmidt on Monday.\n\n"
            + "Laʻauli thanked the builders and said larger ships could now berth.\n\n"
            + "Laauli said cargo ships would use the old wharf until the cranes arrive.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Laauli");
    }

    [Fact]
    public void A_name_written_with_its_okina_each_time_is_left_alone()
    {
        const string text = "The wharf was opened by Prime Minister Laʻauli Leuatea Schmidt on Monday.\n\n"
            + "Laʻauli thanked the builders and said larger ships could now berth.\n\n"
            + "Laʻauli said cargo ships would use the old wharf until the cranes arrive.";
        Assert.Empty(RuleHarness.Lint(text, "CL2001"));
    }

    [Fact]
    public void A_rank_standing_alone_is_not_a_misspelt_surname()
    {
        const string text = "Historian Ben Marshall wrote the new biography of Zhukov. Marshall spent six years in Moscow archives.\n\n"
            + "Zhukov was made Marshal of the Soviet Union in 1943, and Marshall describes the ceremony in detail.";
        Assert.Empty(RuleHarness.Lint(text, "CL2001"));
    }

    [Fact]
    public void A_titled_short_reference_that_misspells_the_surname_still_fires()
    {
        const string text = "Historian Ben Marshall wrote the new biography. Marshall spent six years in Moscow archives.\n\n"
            + "Dr Marshal said the letters had never been read.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Marshal");
    }

    [Fact]
    public void A_person_whose_surname_is_one_letter_from_a_company_is_left_alone()
    {
        const string text = "ROTTERDAM - Heineken cut its forecast on Monday, and shares fell. Heineken blamed the weather in Europe.\n\n"
            + "\"The summer was a washout,\" said Tom Heinecken, an analyst at UBS in London. Heinecken said he expected a recovery.\n\n"
            + "Heineken, founded in 1864, brews in 70 countries.";
        Assert.Empty(RuleHarness.Lint(text, "CL2001"));
    }

    [Fact]
    public void A_surname_misspelt_where_only_the_right_spelling_has_a_full_name_still_fires()
    {
        const string text = "Tom Carlsburg, an analyst at UBS, said brewers had a poor summer. Carlsburg expects a recovery next year.\n\n"
            + "\"The weather was a washout,\" Carlsberg added.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Carlsberg");
    }

    [Theory]
    [InlineData("Club secretary Dave Huntley said the ground would be sold. Huntley has run the club since 1998.\n\nThe team will play its home games near Huntly from next season.")]
    [InlineData("The landlord, Ann Bristow, refused to comment.\n\nHer company owns 40 flats in Bristol and two in Bath.")]
    public void A_town_one_letter_from_a_surname_is_left_alone(string text) => Assert.Empty(RuleHarness.Lint(text, "CL2001"));

    [Fact]
    public void A_misspelt_surname_after_a_preposition_of_person_still_fires()
    {
        const string text = "The landlord, Ann Bristow, refused to comment. Bristow owns 40 flats.\n\nTenants wrote to Bristol in May.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Bristol");
    }

    [Fact]
    public void Vietnamese_names_differing_in_the_middle_name_still_fire()
    {
        const string text = "Pham Minh Chinh chaired the meeting. Chinh said growth would pick up, and Pham Minh Chinh thanked ministers.\n\n"
            + "Officials said Pham Van Chinh would travel to Tokyo.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Pham Van Chinh");
    }

    [Fact]
    public void Korean_names_differing_in_the_last_syllable_still_fire()
    {
        const string text = "North Korean leader Kim Jong Un visited a factory. Kim praised the workers.\n\n"
            + "Analysts said the weapons would add to Kim Jong Il's arsenal.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Kim Jong Il");
    }

    private const string HouseStyleSlip = "North Korean leader Kim Jong Un inspected a munitions factory, state media said.\n\n"
        + "Kim Jung Un told workers to raise output.";

    [Fact]
    public void A_story_mixing_hyphenated_and_spaced_romanisations_is_reported_once_by_CL2001()
    {
        const string text = "North Korean leader Kim Jong Un inspected a munitions factory, state media said.\n\nKim Jong-un told workers to raise output.";
        var only = Assert.Single(RuleHarness.Lint(text, "CL2001", "CL2005"));
        Assert.Equal(("CL2001", "Kim Jong-un"), (only.Id, text[only.Span.Start..only.Span.End]));
    }

    [Fact]
    public void A_spelling_the_house_authority_replaces_is_reported_once_by_CL2005()
    {
        var found = RuleHarness.Lint(HouseStyleSlip, "CL2001", "CL2005");
        var only = Assert.Single(found);
        Assert.Equal(("CL2005", "Kim Jung Un"), (only.Id, HouseStyleSlip[only.Span.Start..only.Span.End]));
    }

    [Fact]
    public void With_the_house_authority_off_CL2001_still_reports_the_pair()
    {
        var settings = new LintSettings { RuleSeverities = new Dictionary<string, Severity?> { ["CL2005"] = null } };
        var found = RuleHarness.Lint(HouseStyleSlip, settings);
        Assert.Contains(found, d => d.Id == "CL2001" && HouseStyleSlip[d.Span.Start..d.Span.End] == "Kim Jung Un");
        Assert.DoesNotContain(found, d => d.Id == "CL2005");
    }

    [Fact]
    public void Two_satellites_whose_codes_differ_by_a_letter_beside_a_digit_are_two_things()
    {
        const string text = "The rocket lifted off at 8:24 p.m. local time carrying MetOp-SG-A1, a satellite built to improve weather forecasts.\n\n"
            + "MetOp-SG-A1 will spend several months being tested in orbit before it begins sending data to forecasters. "
            + "A companion satellite, MetOp-SG-B1, is due to be launched next year.";
        Assert.Empty(RuleHarness.Lint(text, "CL2001"));
    }

    [Theory]
    [InlineData("Samsung unveiled the Galaxy-S25 on Wednesday. The Galaxy-S25 costs the same as last year's model.\n\nSales of the Galaxy-S24 fell in the spring.")]
    [InlineData("The images came from Copernicus Sentinel-2A. Sentinel-2A passed over the region on Monday.\n\nIts twin, Sentinel-2B, took the second set.")]
    public void Model_codes_differing_in_a_digit_or_a_letter_beside_one_are_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2001"));

    [Fact]
    public void A_misspelt_name_with_no_digit_near_the_slip_still_fires()
    {
        const string text = "Jonathan Whitfield, the chairman, said profits rose. Jonathan Whitfield said the board was pleased.\n\n"
            + "Jonathan Whitfeld added that dividends would rise.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Jonathan Whitfeld");
    }

    [Theory]
    [InlineData("President")]
    [InlineData("Chancellor")]
    [InlineData("Governor")]
    [InlineData("Mayor")]
    [InlineData("Pope")]
    [InlineData("Bishop")]
    public void A_title_ending_a_sentence_leaves_the_full_stop_to_the_sentence(string title)
    {
        var text = $"Title\n\nThe {title} said hello.\n\nHe met the {title}.";
        Assert.Empty(RuleHarness.Lint(text, "CL2001"));
    }

    [Fact]
    public void A_misspelt_name_after_a_title_ending_a_sentence_still_fires()
    {
        const string text = "Title\n\nPresident Emmanuel Macron said hello. Macron was pleased.\n\nHe met President Macrom.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Macrom");
    }

    [Theory]
    [InlineData("Title\n\nHe will travel to Germany.\n\nHe will meet the German foreign minister. Germany has been cautious.")]
    [InlineData("In Berlin, Mr. Wang will meet Johann Wadephul, the German foreign minister. He will travel on to Germany and France.\n\nGermany has been cautious.")]
    [InlineData("German carmakers rely on China. Exports from Germany fell, and German officials said so.\n\nGerman unions agreed.")]
    public void A_place_and_its_adjective_without_the_final_y_are_two_words(string text) => Assert.Empty(RuleHarness.Lint(text, "CL2001"));

    [Fact]
    public void A_place_in_a_and_its_adjective_in_e_are_two_words() =>
        Assert.Empty(RuleHarness.Lint("Title\n\nColapinto, the 21-year-old from Argentina who drove nine races for Williams last year, will race for Alpine.\n\n"
            + "Argentine fans have followed Colapinto in large numbers since his debut. He is the first Argentine to race in Formula One since 2001.", "CL2001"));

    [Fact]
    public void A_surname_slip_from_a_final_a_to_e_still_fires()
    {
        const string text = "Title\n\nMaria Silvana met the envoys in Bogota. Silvana said talks were useful.\n\nA letter from Silvana followed, said Silvane.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Silvane");
    }

    [Theory]
    [InlineData("Farmers take tractors to Dublin in protest over Mercosur trade deal\n\nIFA president Francie Gorman told the crowd that Ireland's beef farmers were \"being sold out for German car exports\".")]
    [InlineData("Title\n\nThousands of farmers marched through Dublin on Tuesday. IFA president Francie Gorman addressed the rally.\n\n"
        + "Mr Gorman told the crowd that beef farmers were \"being sold out for German car exports\".\n\nGorman said the deal must be blocked.")]
    public void A_nationality_adjective_one_letter_from_a_surname_is_not_a_name(string text) => Assert.Empty(RuleHarness.Lint(text, "CL2001"));

    [Fact]
    public void A_surname_misspelt_as_a_nationality_still_fires()
    {
        const string text = "Title\n\nThousands of farmers marched through Dublin on Tuesday. IFA president Francie Gorman addressed the rally.\n\n"
            + "Mr Gorman said beef farmers were being sold out.\n\nMr German said the deal must be blocked.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "German");
    }

    [Theory]
    [InlineData("Title\n\nParts of southern Somalia could slip into famine.\n\nAbout 4.4 million Somalis face hunger, the UN said. Aid to Somalia has fallen.")]
    [InlineData("Title\n\nGermany's coalition agreed a budget.\n\nGermany's finance minister said it was fair. Critics said it would saddle younger Germans with debt.")]
    [InlineData("Title\n\nGermany's coalition agreed a budget.\n\nGermany's finance minister said it was fair, and the far-right Alternative for Germany (AfD) said it would saddle younger Germans with debt.")]
    public void A_place_and_its_people_are_two_words(string text) => Assert.Empty(RuleHarness.Lint(text, "CL2001"));

    [Fact]
    public void A_place_and_its_language_or_adjective_standing_alone_are_two_words() =>
        Assert.Empty(RuleHarness.Lint("Title\n\nThe King spoke of the bond between Britain and Germany as he addressed the Bundestag.\n\n"
            + "Speaking partly in German, the King told members that the two countries had stood together.\n\n"
            + "The visit, the first state visit to Germany as monarch, had been rescheduled.\n\n"
            + "The King replied with a toast to \"the health and happiness of the German people\".", "CL2001"));

    [Fact]
    public void A_surname_slip_that_spells_a_nationality_still_fires()
    {
        const string text = "Title\n\nThe charity was founded by Sam Kenyon after a trip to Kenya. Kenyon said the work had only begun.\n\n"
            + "Kenyon, 54, now lives in Nairobi.\n\nSpeaking on Friday, Sam Kenyan said more volunteers were needed.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Sam Kenyan");
    }

    [Fact]
    public void A_full_name_repeated_with_a_short_surname_slip_before_who_is_reported()
    {
        const string text = "Title\n\nThe mare, trained by Chris Waller, started at $3.\n\nWaller said: \"She's a superstar.\"\n\nIt is Waller's fifth Cox Plate win.\n\n"
            + "Chris Waler, who also won the race with Winx four times, said the mare would now head for a break.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Chris Waler");
    }

    [Fact]
    public void A_near_name_before_who_with_the_surname_written_once_more_may_be_a_newcomer() =>
        Assert.Empty(RuleHarness.Lint("Title\n\nThe mare, trained by Chris Waller, started at $3.\n\nWaller said: \"She's a superstar.\"\n\n"
            + "Chris Waler, who also won the race with Winx four times, said the mare would now head for a break.", "CL2001"));

    [Fact]
    public void A_titled_one_word_name_with_a_doubled_letter_written_single_is_reported()
    {
        const string text = "Title\n\nPrince Harry, who founded the games in 2014, spoke at the opening ceremony.\n\nThe duke, 41, served two tours of Afghanistan.\n\n"
            + "Prince Hary has spoken often of the games' role in his own recovery.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Hary" || text[d.Span.Start..d.Span.End] == "Prince Hary");
    }

    [Fact]
    public void An_honorifics_one_word_name_with_a_doubled_letter_written_single_is_left_to_CL2006()
    {
        const string text = "Title\n\nDr Jenny Cribb, who leads the trust, said funding had been cut.\n\nDr Cribb said the centres would stay open.\n\n"
            + "The trust runs 12 centres.\n\nDr Cribb said parents had rallied.\n\nDr Crib said the trust would appeal.";
        var found = RuleHarness.Lint(text, "CL2001", "CL2006");
        Assert.Equal("CL2006", Assert.Single(found).Id);
    }

    [Fact]
    public void A_titled_one_word_name_with_another_letter_dropped_may_be_another_person() =>
        Assert.Empty(RuleHarness.Lint("Title\n\nSenator Bryant, who chairs the committee, spoke at the opening hearing.\n\nThe committee was formed in 1920.\n\n"
            + "Senator Bryan has spoken often of the committee's role in the state.", "CL2001"));

    [Fact]
    public void A_surname_slip_from_a_final_y_to_s_still_fires()
    {
        const string text = "Title\n\nMaria Kennedy met the envoys in Bogota. Kennedy said talks were useful.\n\nA letter from Kennedy followed, said Kenneds.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Kenneds");
    }

    [Fact]
    public void A_word_opening_a_sentence_after_a_name_spelt_out_with_its_acronym_is_an_ordinary_word()
    {
        const string text = "Title\n\nThe proposal would channel more of the Common Agricultural Policy (CAP) budget to small farmers.\n\n"
            + "Police said about 1,200 tractors had entered the city by midday.";
        Assert.Empty(RuleHarness.Lint(text, "CL2001"));
    }

    [Fact]
    public void A_word_opening_a_sentence_after_a_name_written_after_the_is_an_ordinary_word()
    {
        const string text = "Title\n\nThe proposal to fold the Common Agricultural Policy into national plans has angered farm groups.\n\n"
            + "The summit ended late on Friday. Police said about 1,500 people took part.";
        Assert.Empty(RuleHarness.Lint(text, "CL2001"));
    }

    [Fact]
    public void A_word_opening_the_sentence_after_a_name_written_after_the_is_an_ordinary_word()
    {
        const string text = "Title\n\nThe proposal to fold the Common Agricultural Policy into national plans has angered farm groups, who "
            + "protested outside the summit venue with tractors. Police said about 1,500 people took part.";
        Assert.Empty(RuleHarness.Lint(text, "CL2001"));
    }

    [Fact]
    public void A_surname_with_other_vowels_just_after_a_person_s_full_name_still_fires()
    {
        const string text = "Title\n\nThe proposal has angered farmers such as Marguerite Naidoo, who grows barley. "
            + "Naidu said about 1,500 people took part.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Naidu");
    }

    [Fact]
    public void A_surname_slip_opening_a_sentence_after_a_person_s_full_name_still_fires()
    {
        const string text = "Title\n\nThe proposal has angered farmers such as Richard Haverford, who grows barley.\n\n"
            + "The summit ended late on Friday. Haverfort said about 1,500 people took part.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Haverfort");
    }

    [Fact]
    public void A_short_form_slip_of_a_name_spelt_out_with_its_acronym_in_mid_sentence_still_fires()
    {
        const string text = "Title\n\nThe Agricultural Policy Commission (APC) met on Tuesday.\n\nFarmers said the Commision had ignored them.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Commision");
    }

    [Fact]
    public void A_surname_slip_from_a_final_a_to_s_still_fires()
    {
        const string text = "Title\n\nMaria Escobaria met the envoys in Bogota. Escobaria said talks were useful.\n\nA letter from Escobaria followed. Escobaris said he would reply.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Escobaris");
    }

    [Fact]
    public void A_surname_missing_its_final_y_still_fires()
    {
        const string text = "Volodymyr Zelenskyy met the envoys in Kyiv. Zelenskyy said talks were useful.\n\nA letter to Zelenskyy followed. Zelensky said he would reply.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Zelensky");
    }

    [Fact]
    public void A_surname_slip_after_the_same_title_and_given_name_is_reported()
    {
        const string text = "Cllr Jean Conway, who chairs the planning committee, backed the scheme.\n\n"
            + "Conway said work could start in the spring. Cllr Jean Conroy added that roads would be monitored.";
        var diagnostic = Assert.Single(RuleHarness.Lint(text, "CL2001"));
        Assert.Equal("Jean Conroy", text[diagnostic.Span.Start..diagnostic.Span.End]);
        Assert.Equal("Jean Conway", Assert.Single(diagnostic.Fixes).Edits.Single().NewText);
    }

    [Theory]
    // A different given name: a different person.
    [InlineData("Cllr Jean Conway backed the scheme. Conway said work could start in the spring.\n\nCllr Mark Conroy opposed it.")]
    // A different title: perhaps a different person.
    [InlineData("Cllr Jean Conway backed the scheme. Conway said work could start in the spring.\n\nDr Jean Conroy opposed it.")]
    // Each written once: nothing says which is right.
    [InlineData("Cllr Jean Conway backed the scheme.\n\nCllr Jean Conroy opposed it.")]
    // The other surname is used again: two people.
    [InlineData("Cllr Jean Conway backed the scheme. Conway said work could start soon.\n\nCllr Jean Conroy opposed it. Conroy said the roads could not cope.")]
    // Family ties between the two.
    [InlineData("Cllr Jean Conway backed the scheme. Conway said work could start soon.\n\nHer sister-in-law, Cllr Jean Conroy, and her cousin opposed it.")]
    // Not the same first three letters.
    [InlineData("Cllr Jean Conway backed the scheme. Conway said work could start soon.\n\nCllr Jean Galway opposed it.")]
    public void A_near_surname_that_may_be_another_person_is_left_alone(string text) => Assert.Empty(RuleHarness.Lint(text, "CL2001"));

    private const string Vidushi = "Vidushi Sudha Raghavendran's concert for the Margazhi season showed why understatement can be the boldest choice\n"
        + "The late-morning concerts often reward the listener who makes the effort, and Sudha Raghavendran's recital on Wednesday was a case in point.\n";

    [Fact]
    public void A_musicians_honorific_before_the_full_name_is_not_a_given_name() =>
        Assert.Empty(RuleHarness.Lint(Vidushi + "The first sign came with a Begada alapana. Ms. Raghavendran is not a singer who reaches for the upper octave. Karthik's violin response was equally thoughtful.", "CL2001"));

    [Fact]
    public void A_misspelt_surname_after_a_musicians_honorific_is_still_reported() =>
        Assert.Contains(RuleHarness.Lint(Vidushi + "The first sign came with a Begada alapana. Ms. Raghavendren is not a singer who reaches for the upper octave. Karthik's violin response was equally thoughtful.", "CL2001"),
            d => d.Span.Length == "Raghavendren".Length);
}
