namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2001 on slips in a full name (an accent, one letter of a titled person's given name) and on the lower-case
/// particle ("al-Khalidi") that only a sentence's opening capitalises; beside each, the case that stays as it is.
/// </summary>
public sealed class InconsistentNameSlipTests
{
    private static string[] Findings(string text) =>
        [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void A_particle_capitalised_only_where_a_sentence_opens_is_not_the_house_form() =>
        Assert.Empty(Findings(
            "BEIRUT - Salwa al-Khalidi, a Lebanese publisher, has died at the age of 84, her family said.\n\n"
            + "Al-Khalidi died on Saturday after a short illness, her nephew said.\n\n"
            + "Born in 1941 in Tripoli, al-Khalidi studied literature before turning to publishing.\n\n"
            + "Al-Khalidi received France's Order of Arts and Letters in 2010."));

    [Fact]
    public void A_capitalised_particle_in_mid_sentence_is_still_reported() =>
        Assert.Equal(["Al-Khalidi"], Findings(
            "BEIRUT - Salwa al-Khalidi, a Lebanese publisher, has died at the age of 84, her family said.\n\n"
            + "The family said al-Khalidi died on Saturday after a short illness.\n\n"
            + "Born in 1941 in Tripoli, Al-Khalidi studied literature before turning to publishing."));

    [Fact]
    public void A_capital_inside_a_surname_dropped_where_a_sentence_opens_is_reported() =>
        Assert.Equal(["Mcintosh"], Findings(
            "VICTORIA - Summer McIntosh broke the world record in the 400-metre freestyle on Saturday.\n\n"
            + "McIntosh, 18, took more than a second off the record.\n\n"
            + "\"I knew I was in good shape,\" McIntosh said.\n\n"
            + "Mcintosh, 19, will race the 200m butterfly later in the week."));

    [Fact]
    public void A_lead_in_written_in_capitals_is_not_a_slip_of_the_name() =>
        Assert.Empty(Findings(
            "ORKNEY Islands Council has agreed a business case to replace its ageing fleet of inter-island ferries.\n\n"
            + "The Scottish Government said it had provided Orkney Islands Council with additional funding."));

    [Theory]
    [InlineData("Esmaeil Baghaei, Iran's Foreign Ministry spokesman, said Tehran remained committed to cooperation.\n\n"
        + "Esmail Baghaei added that Iran would not accept political pressure.", "Esmail Baghaei")]
    [InlineData("The family was spotted by nature photographer Jeffrey Teo, 58, who posted pictures on Facebook.\n\n"
        + "Jeffery Teo said the otters appeared healthy.", "Jeffery Teo")]
    [InlineData("OPG's president and CEO, Nicolle Butcher, said building the first unit was the hardest part.\n\n"
        + "Nicole Butcher said the project had 1,000 workers on site.", "Nicole Butcher")]
    [InlineData("\"Today proves that a plant can be brought back,\" Holtec President Kris Singh said.\n\n"
        + "Kriss Singh said the company would seek to extend the licence.", "Kriss Singh")]
    public void A_given_name_one_letter_out_repeated_unintroduced_after_an_introduced_full_name_is_reported(string text, string wrong) =>
        Assert.Equal([wrong], Findings(text));

    [Theory]
    [InlineData("The family was spotted by nature photographer Jeffrey Teo, 58, who posted pictures on Facebook.\n\n"
        + "Jeffery Teo, a neighbour, said the otters appeared healthy.")]
    [InlineData("Francis Nemeth, the chef, said the goulash was the dish to order.\n\n"
        + "Frances Nemeth said the hardest part had been finding paprika.")]
    public void A_given_name_one_letter_out_introduced_again_or_of_a_sibling_is_left_alone(string text) =>
        Assert.Empty(Findings(text));

    [Fact]
    public void A_given_name_with_and_without_its_accent_is_reported() =>
        Assert.Equal(["Ruben Amorim"], Findings(
            "Rúben Amorim, the United head coach, said afterwards that Rashford had earned his place. "
            + "\"He has worked very hard in training and he deserved this,\" Ruben Amorim said.\n\n"
            + "Amorim has won four of his last five games."));

    [Fact]
    public void A_titled_persons_given_name_one_letter_out_is_reported() =>
        Assert.Equal(["Clare Hatton"], Findings(
            "West Yorkshire Police said it was treating the fire as suspicious. Supt Claire Hatton said officers were keen to speak to witnesses.\n\n"
            + "\"We are keeping an open mind,\" Supt Hatton said.\n\n"
            + "Supt Clare Hatton added that a cordon would remain in place overnight."));

    [Fact]
    public void A_titled_given_name_one_letter_out_is_reported_in_a_story_that_says_late_on_a_day() =>
        Assert.Equal(["Alison Thomas"], Findings(
            "The council said it had detected suspicious activity late on Tuesday and shut down systems. Chief executive Allison Thomas said staff were working around the clock.\n\n"
            + "\"We are sorry,\" Thomas said.\n\n"
            + "Chief executive Alison Thomas said the council did not intend to pay."));

    [Fact]
    public void A_titled_given_name_one_letter_out_is_left_alone_in_a_story_of_the_late() =>
        Assert.Empty(Findings(
            "The council named the hall after the late Gordon Thomas. Chief executive Allison Thomas said staff were proud.\n\n"
            + "\"We are grateful,\" Thomas said.\n\n"
            + "Chief executive Alison Thomas said the hall would open in May."));

    [Fact]
    public void A_surname_after_a_title_of_office_elect_is_left_alone() =>
        Assert.Empty(Findings(
            "Premier-elect David Crisafulli told supporters in Brisbane late on Saturday that his government would get to work.\n\n"
            + "\"Queenslanders have voted for change,\" Mr Crisafulli said.\n\n"
            + "\"I called David Crisafulli to congratulate him,\" Mr Miles said."));

    [Theory]
    [InlineData("Supt Claire Hatton said officers were keen to speak to witnesses. Her sister, Supt Clare Hatton, leads the neighbouring force.")]
    [InlineData("Claire Hatton said officers were keen to speak to witnesses. Clare Hatton, a neighbour, said she saw smoke.")]
    [InlineData("Supt Claire Hatton said officers were keen to speak to witnesses. Supt Hatton said the cordon would stay. Supt Clare Hatton, who leads the inquiry, agreed with Supt Claire Hatton. Supt Clare Hatton spoke last.")]
    [InlineData("Supt Claire Hatton said officers were keen to speak to witnesses. Supt Clare Hatton said the cordon would stay.")]
    public void Relatives_untitled_names_and_recurring_names_are_left_alone(string text) => Assert.Empty(Findings(text));

    [Fact]
    public void A_party_to_a_suit_named_again_one_letter_out_is_reported() =>
        Assert.Equal(["Gabriel Odoya"], Findings(
            "Plaintiff Gabriel Oduya is represented by Steve Berman of Hagens Berman. Gabriel Odoya said in the complaint that he pays $2.99 a month."));

    [Fact]
    public void A_second_plaintiff_introduced_as_one_is_left_alone() =>
        Assert.Empty(Findings(
            "Plaintiff Gabriel Oduya is represented by Steve Berman of Hagens Berman. Gabriel Odoya, a second plaintiff, said in the complaint that he pays $2.99 a month."));

    [Fact]
    public void A_correction_that_gives_the_wrong_spelling_is_left_alone() =>
        Assert.Empty(Findings("We misspelled the name of the Finnish conductor Klaus Mäkelä as Klaus Makela in a preview of the new season."));

    [Fact]
    public void An_accent_slip_beside_a_correction_of_something_else_is_still_reported() =>
        Assert.Equal(["Klaus Makela"], Findings(
            "The Finnish conductor Klaus Mäkelä opened the season. We misspelled the orchestra's name in a preview.\n\n"
            + "Klaus Makela will conduct the orchestra again in March."));

    [Fact]
    public void Two_adjacent_letters_swapped_in_a_long_surname_are_reported() =>
        Assert.Equal(["Whitwroth"], Findings(
            "Dr Hannah Whitworth, medical director at Salford Royal, said the hospital was under pressure.\n\n"
            + "Dr Whitworth said beds were full.\n\nDr Whitwroth said the vaccine still gave good protection."));

    [Fact]
    public void Two_letters_swapped_apart_or_in_a_short_surname_are_not_reported() =>
        Assert.Empty(Findings(
            "Dr Hannah Whitworth, medical director at Salford Royal, said the hospital was under pressure.\n\n"
            + "Dr Whitworth said beds were full.\n\nDr Whotwirth said the vaccine still gave good protection."));

    [Theory]
    [InlineData("Hansen, the director, said she wanted audiences to look again at Carmen.")]
    [InlineData("Her production is set in a tobacco plant on the Norwegian coast.")]
    public void Half_of_a_title_joined_by_and_to_a_name_given_nowhere_else_is_left_alone(string middle) =>
        Assert.Empty(Findings(
            "Opera North will open its season with a new Carmen directed by the Norwegian film-maker Marit Hansen.\n\n"
            + middle + "\n\n"
            + "The season also includes a family production of Hansel and Gretel at Christmas."));

    [Fact]
    public void A_slip_joined_by_and_to_a_person_the_article_names_is_still_reported() =>
        Assert.Equal(["Hansel"], Findings(
            "Opera North will open its season with a new Carmen directed by the Norwegian film-maker Marit Hansen.\n\n"
            + "Hansen, the director, said she wanted audiences to look again at Carmen. Laura Canning, the general director, agreed.\n\n"
            + "On Friday, Hansel and Canning will present the season at a launch in Leeds."));
    [Theory]
    [InlineData("Finance director Anders Holmqvist said margins had held up. Holmqvist expects a better spring. Andres Holmqvist said the buyback would go ahead.", "Andres Holmqvist")]
    [InlineData("Union secretary Dean Whitlock said members were angry.\n\nDeen Whitlock said talks would resume on Monday.", "Deen Whitlock")]
    [InlineData("Kremlin spokesman Dmitry Peskov said Moscow had no plans for talks. Dmitri Peskov added that the offer was not serious.", "Dmitri Peskov")]
    public void A_given_name_one_letter_out_in_an_unintroduced_repeat_of_a_titled_name_is_reported(string text, string slip) =>
        Assert.Equal([slip], Findings(text));

    [Theory]
    // A second person of the surname is introduced, or is a sibling by the ending of the name, or family is spoken of.
    [InlineData("Union secretary Dean Whitlock said members were angry. Deen Whitlock, a docker, said talks would resume.")]
    [InlineData("Union secretary Francis Whitlock said members were angry. Frances Whitlock said talks would resume.")]
    [InlineData("Union secretary Mario Whitlock said members were angry. Maria Whitlock said talks would resume.")]
    [InlineData("Union secretary Jesse Whitlock said members were angry. Jessie Whitlock said talks would resume.")]
    [InlineData("Union secretary Dean Whitlock said members were angry. His sister, Dena Whitlock, agreed. Deen Whitlock said talks would resume.")]
    [InlineData("Union secretary Dean Whitlock said members were angry. Paul Whitlock said pay was the issue. Deen Whitlock said talks would resume.")]
    // No title to say the first is the one re-named.
    [InlineData("Dean Whitlock said members were angry. Deen Whitlock said talks would resume.")]
    public void Given_names_one_letter_apart_that_may_be_two_people_are_left_alone(string text) => Assert.Empty(Findings(text));

    [Fact]
    public void A_company_named_for_a_family_is_not_a_slip_of_the_family_name() =>
        Assert.Empty(Findings(
            "Toyota Tsusho President Shoichiro Toyoda said the trading house would sell its stake in Toyota Boshoku. Toyoda, 58, is "
            + "a cousin of the chairman. Toyota Tsusho shares rose 2%. Toyoda said the sale was fair. His daughter works at Woven by Toyota."));

    [Fact]
    public void A_slip_in_a_compound_surname_that_a_full_name_ends_with_is_reported() =>
        Assert.Equal(["Davidovitch Fokina"], Findings(
            "ROTTERDAM - Carlos Alcaraz beat Alejandro Davidovich Fokina 4-6 6-3 6-2 on Sunday to win the title.\n\n"
            + "Davidovitch Fokina, ranked 54th, was playing his first final in more than a year.\n\n"
            + "Davidovich Fokina served for the first set at 5-4. Davidovich Fokina said he had run out of energy."));

    [Fact]
    public void Given_names_one_letter_apart_before_a_surname_no_longer_name_ends_with_are_left_alone() =>
        Assert.Empty(Findings(
            "Michael Whitlock said members were angry. Michael Whitlock said talks would resume. Michaela Whitlock said pay was the issue."));

    [Fact]
    public void A_one_off_surname_slip_that_opens_no_longer_name_is_still_reported() =>
        Assert.Equal(["Toyota"], Findings(
            "Chairman Akio Toyoda said the group would buy back its founding company. Toyoda said the deal was fair. "
            + "Toyoda, 69, is the grandson of the founder. Asked about his son, Toyota said leadership would be decided by ability."));

    [Fact]
    public void Of_two_one_word_spellings_written_once_the_one_a_full_name_ends_in_is_kept() =>
        Assert.Equal(["Okonkow"], Findings(
            "Emeka Okonkwo scored in the 94th minute as Coventry drew 2-2 at Birmingham.\n\n"
            + "Haji Wright pulled one back, and Okonkow then volleyed in from the edge of the area.\n\n"
            + "Okonkwo, who joined in August, said it was the best goal of his career."));

    [Fact]
    public void Of_a_surname_written_once_with_and_once_without_its_accent_the_one_a_full_name_ends_in_is_kept()
    {
        const string text = "Tadej Pogačar won stage 12 of the Tour de France on Thursday, attacking 11km from the summit of Hautacam.\n\n"
            + "\"I felt good on the lower slopes and the team set it up perfectly,\" Pogacar said.\n\n"
            + "Vingegaard, who dropped to 3min 31sec behind Pogačar in the general classification, said he had ridden at his limit.";
        var finding = Assert.Single(RuleHarness.Lint(text, "CL2001"));
        Assert.Equal("Pogacar", text[finding.Span.Start..finding.Span.End]);
        Assert.Equal("Pogačar", Assert.Single(Assert.Single(finding.Fixes).Edits).NewText);
    }

    [Fact]
    public void A_surname_written_without_its_accent_once_beside_two_accented_uses_is_still_reported() =>
        Assert.Equal(["Pogacar"], Findings(
            "Tadej Pogačar won stage 12 of the Tour de France on Thursday. Pogačar attacked 11km from the summit.\n\n"
            + "\"I felt good on the lower slopes,\" Pogacar said.\n\n"
            + "Vingegaard, who dropped to 3min 31sec behind Pogačar, said he had ridden at his limit."));

    [Fact]
    public void The_message_cites_the_first_full_name_behind_a_one_word_spelling()
    {
        var text = "Chief executive Marc-Andre Gauthier said customers would be told.\n\nThe company hired experts.\n\n"
            + "Gauthier said the company had hired outside experts. Gautier added that customers would be offered credit monitoring.";
        var finding = Assert.Single(RuleHarness.Lint(text, "CL2001"));
        Assert.Equal("'Gautier' is written 'Gauthier' elsewhere in this article (line 1)", finding.Message);
    }
    [Theory]
    [InlineData("Interior Minister Fernando Grande Marlaska defended the police.\n\nGrande Marlaska said the officers had acted lawfully. Marlaska said an inquiry would follow.", "Marlaska")]
    [InlineData("The composer Andrew Lloyd Webber will close the theatre. Lloyd Webber said costs had doubled.\n\nWebber said he hoped to reopen in 2027.", "Webber")]
    public void A_two_word_surname_cut_to_its_last_word_is_reported(string text, string slip) => Assert.Equal([slip], Findings(text));

    [Theory]
    // A second person with the two words, introduced; another name ending in the last word; family ties.
    [InlineData("Interior Minister Fernando Grande Marlaska defended the police.\n\nGrande Marlaska, a former judge, said the officers had acted lawfully. Marlaska said an inquiry would follow.")]
    [InlineData("Interior Minister Fernando Grande Marlaska defended the police.\n\nGrande Marlaska said the officers had acted lawfully. Ana Marlaska, a lawyer for the family, disagreed. Marlaska said an inquiry would follow.")]
    [InlineData("Interior Minister Fernando Grande Marlaska defended the police.\n\nGrande Marlaska said the officers had acted lawfully. His brother was not questioned. Marlaska said an inquiry would follow.")]
    // An institution and its head noun.
    [InlineData("The US Supreme Court heard the case on Monday. The Supreme Court has ruled twice before. Earlier, the Court declined to hear it.")]
    public void A_last_word_that_may_be_someone_or_something_else_is_left_alone(string text) => Assert.Empty(Findings(text));
    [Theory]
    [InlineData("Kavitha Moodley plays a nurse on a night shift in Durban. Mudley, best known for her stage work, is superb.", "Mudley")]
    [InlineData("The festival opens with a film by Kavitha Moodley on Friday, and Mudley will introduce it.", "Mudley")]
    public void A_surname_spelt_with_other_vowels_just_after_the_full_name_is_reported(string text, string slip) =>
        Assert.Equal([slip], Findings(text));

    [Theory]
    // Two sentences away; a full name of its own; other consonants; a word the article writes in lower case.
    [InlineData("Kavitha Moodley plays a nurse on a night shift in Durban. The film is long. Mudley, best known for her stage work, is superb.")]
    [InlineData("Kavitha Moodley plays a nurse on a night shift in Durban. Mudley, best known for her stage work, is superb. Ravi Mudley directs.")]
    [InlineData("Rishi Sunak opened the summit in London on Monday. Sunil, a delegate from Delhi, said little.")]
    [InlineData("Ines Brauer runs the farm near Kassel. Breuer, the cattle feed, is cheaper this year, and breuer sales rose.")]
    public void Vowel_variants_far_apart_or_of_someone_else_are_left_alone(string text) => Assert.Empty(Findings(text));
    [Fact]
    public void The_bylines_author_misspelt_in_the_copy_is_reported() =>
        Assert.Equal(["Tomas Brandstetter"], Findings(
            "# Exchange fined over checks\n\n*By Tomas Brandstaetter*\n\nThe regulator fined the exchange on Wednesday.\n\n"
            + "\"The regulator wants to show it has teeth,\" said Tomas Brandstetter, who covers fintech for the newsletter."));

    [Theory]
    // Another given name; a surname others in the story also bear; a short surname.
    [InlineData("*By Tomas Brandstaetter*\n\nThe regulator fined the exchange. \"It has teeth,\" said Lena Brandstetter, a lawyer.")]
    [InlineData("*By Tomas Brandstaetter*\n\nThe regulator fined the exchange. \"It has teeth,\" said Tomas Brandstetter. Eva Brandstetter, his lawyer, agreed.")]
    [InlineData("*By Tomas Lang*\n\nThe regulator fined the exchange. \"It has teeth,\" said Tomas Long, a lawyer.")]
    public void Someone_else_near_the_bylines_name_is_left_alone(string text) => Assert.Empty(Findings(text));

    [Theory]
    [InlineData("\"But only if there's a boat,\" said Eilidh MacLeod, who chairs the community council.\n\nComplaints rose last year. Eilidh McLeod said the council would meet the minister.", "Eilidh McLeod")]
    [InlineData("\"They come back for the people,\" said Giorgi Kapanadze, who runs walking tours.\n\nOrder khachapuri. Giorgi Kapanadse recommends Shavi Lomi.", "Giorgi Kapanadse")]
    [InlineData("\"Projects are losing money,\" said José Donoso, its director general.\n\nPrices fell again in March. Jose Donosso said developers would push for capacity payments.", "Jose Donosso")]
    public void A_repeated_full_name_with_the_surname_one_letter_out_is_reported(string text, string odd) => Assert.Equal([odd], Findings(text));

    [Fact]
    public void A_repeated_full_name_without_its_accent_and_introduced_as_someone_else_is_left_alone() =>
        Assert.Empty(Findings("\"Projects are losing money,\" said José Donoso, its director general. Jose Donosso, a farmer, said developers would push for capacity payments."));

    [Theory]
    [InlineData("\"Only if there's a boat,\" said Eilidh MacLeod, who chairs the community council. Eilidh McLeod, a crofter, said the council would meet the minister.")]
    [InlineData("\"Only if there's a boat,\" said Eilidh MacLeod, who chairs the community council. Her cousin Eilidh McLeod said the council would meet the minister.")]
    [InlineData("\"Only if there's a boat,\" said Eilidh MacLeod, who chairs the community council. Eilidh McLeod said the council would meet the minister. McLeod left early.")]
    public void An_introduced_or_recurring_near_name_is_left_alone(string text) => Assert.Empty(Findings(text));

    [Theory]
    [InlineData("Judge Tony Baumgartner granted Brown permission to continue his tour.\n\nJudge Tony Baumgarter said the tour had already been arranged.", "Tony Baumgarter")]
    [InlineData("Eleanor Vance, the two-time Emmy winner, has died aged 79. Vance studied at Yale.\n\nIn later years, Eleanor Vanse returned to the stage.", "Eleanor Vanse")]
    [InlineData("Tesla shareholders approved a pay package for Chief Executive Elon Musk. Elon Muskk thanked investors at the meeting.", "Elon Muskk")]
    [InlineData("Athletics Kenya president Jackson Tuwei congratulated the runners. Tuwei said more races would follow.\n\nJackson Tuweii said the federation had full confidence in the team.", "Jackson Tuweii")]
    [InlineData("Jannik Sinner beat Tallon Griekspoor in the final. \"We are like a family,\" Sinner said.\n\nJanik Sinner won all of his singles matches.", "Janik Sinner")]
    [InlineData("Watch manager Chris Kenyon said: \"That alarm saved their lives.\"\n\nWatch manager Chris Kenyan added that residents should never charge devices overnight.", "Chris Kenyan")]
    [InlineData("Kenya Wildlife Service senior warden Simon Gitau said the fire started near the gate.\n\nSenior warden Simon Gitao said investigations had been launched.", "Simon Gitao")]
    [InlineData("Paul McGinley, 42, admitted being drunk on an aircraft. The fiscal said McGinley had drunk vodka.\n\nPaul McGinely's solicitor said he had been celebrating.", "Paul McGinely")]
    [InlineData("Detective Inspector Shabana Akhtar said: \"This was a shocking incident.\"\n\nD.I. Shabana Akthar added that extra patrols would be in place.", "Shabana Akthar")]
    [InlineData("Dean Sowerby, 33, admitted dangerous driving. Sowerby reversed into a police car.\n\nDean Sowerbie abandoned the van in Halton Moor.", "Dean Sowerbie")]
    public void A_titled_or_mid_sentence_repeat_of_a_full_name_one_letter_out_is_reported(string text, string odd) => Assert.Equal([odd], Findings(text));

    [Theory]
    [InlineData("Judge Tony Baumgartner granted Brown permission to continue his tour.\n\nJudge Tony Baumgarter, who sits in Leeds, said the tour had already been arranged.")]
    [InlineData("Eleanor Vance, the two-time Emmy winner, has died aged 79. In later years, Eleanor Vanse, a cousin, returned to the stage.")]
    [InlineData("Tesla shareholders approved a pay package for Chief Executive Elon Musk. Elon Mask thanked investors at the meeting.")]
    [InlineData("Watch manager Chris Kenyon said the alarm saved them.\n\nWatch manager Chris Kenyan, who leads the other crew, added that residents should take care.")]
    [InlineData("Detective Inspector Shabana Akhtar said the inquiry was open.\n\nDI Shabana Akthar, who leads a second inquiry, added that patrols would rise.")]
    [InlineData("Paul McGinley, 42, admitted being drunk. The fiscal said McGinley had drunk vodka.\n\nHis cousin Paul McGinely's solicitor said the family were shocked.")]
    [InlineData("South Africa has one of the highest rates of violent crime in the world. South African officials said robberies rose.\n\nSouth Africa won the vote.")]
    public void An_introduced_short_or_plural_near_name_is_left_alone(string text) => Assert.Empty(Findings(text));

    [Theory]
    [InlineData("Detective Constable Priya Nandra said officers wanted witnesses.\n\nDC Nandar added that the victim was recovering.", "Nandar")]
    [InlineData("Detective Sergeant Owen Pritchard said the calls targeted older people.\n\nDS Owen Prichard asked families to warn relatives.", "Owen Prichard")]
    [InlineData("Police Constable Priya Nandra was first at the scene.\n\nPC Nandar said the road was closed for six hours.", "Nandar")]
    public void A_surname_slip_after_a_police_rank_by_its_initials_is_reported(string text, string odd) => Assert.Equal([odd], Findings(text));

    [Theory]
    [InlineData("Detective Constable Priya Nandra said officers wanted witnesses.\n\nDC Nandra added that the victim was recovering.")]
    [InlineData("Detective Sergeant Owen Pritchard said the calls targeted older people.\n\nDS Owen Pritchard asked families to warn relatives.")]
    [InlineData("Mayor Muriel Bowser spoke first. The Washington DC Mayor said the budget would pass.")]
    public void A_police_rank_by_its_initials_before_the_same_name_is_left_alone(string text) => Assert.Empty(Findings(text));

    [Theory]
    [InlineData("Also honoured was Professor Rajesh Kumar Sharma, a consultant neurologist. Prof Sharmah led research into new treatments.", "Sharmah")]
    [InlineData("\"It is not optional,\" Migration Commissioner Magnus Brunner told reporters.\n\nBruner also said the Commission would not accept delays.", "Bruner")]
    [InlineData("Selena Gomez and Benny Blanco are married. Blanco wore a tuxedo.\n\nBlanko, whose real name is Benjamin Levin, proposed in 2024.", "Blanko")]
    public void A_sentence_opening_slip_after_an_honorific_an_adverb_or_a_whose_is_reported(string text, string odd) => Assert.Equal([odd], Findings(text));

    [Theory]
    [InlineData("Also honoured was Professor Rajesh Kumar Sharma. Dr Anil Sharmah, a surgeon, was also honoured. Prof Sharmah led research.")]
    [InlineData("\"It is not optional,\" Migration Commissioner Magnus Brunner told reporters. Anna Bruner, a lawyer, disagreed.\n\nBruner also said the pact was unfair.")]
    public void A_sentence_opening_near_name_introduced_as_someone_else_is_left_alone(string text) => Assert.Empty(Findings(text));

    [Fact]
    public void A_kalenjin_name_joined_by_arap_is_one_full_name_for_its_short_form() =>
        Assert.Equal(["Rotch"], Findings("\"We cannot sell at a loss,\" said Kipkemboi arap Rotich, a farmer from Moiben.\n\nMr Rotch said the farmers would march again."));

    [Fact]
    public void The_short_form_of_a_name_joined_by_arap_is_left_alone() =>
        Assert.Empty(Findings("\"We cannot sell at a loss,\" said Kipkemboi arap Rotich, a farmer from Moiben.\n\nMr Rotich said the farmers would march again."));

    [Fact]
    public void A_surname_before_a_generational_suffix_supports_its_spelling() =>
        Assert.Equal(["Villaneuva"], Findings(
            "Rodolfo Villanueva Jr., who headed the city engineering office, faces charges.\n\nVillanueva denied wrongdoing.\n\n"
            + "The case was filed before the Sandiganbayan. Villaneuva may post bail of P90,000, the resolution said."));

    [Fact]
    public void A_korean_given_name_romanised_two_ways_is_reported() =>
        Assert.Equal(["Kim Su-jin"], Findings(
            "Kim Soo-jin left a job in Seoul to reopen her grandfather's bakery. Kim Soo-jin, 39, moves between the ovens.\n\n"
            + "Kim Su-jin's partner, Lee Dong-hyun, handles the accounts."));

    [Theory]
    [InlineData("Kim Soo-jin left a job in Seoul to reopen a bakery. Kim Su-jin, a rival baker, was unimpressed.")]
    [InlineData("Kim Soo-jin left a job in Seoul to reopen a bakery. Kim Soo-jin, 39, moves between the ovens. Kim Min-jun runs the cafe.")]
    public void A_korean_name_written_once_each_way_or_another_given_name_is_left_alone(string text) => Assert.Empty(Findings(text));

    [Theory]
    [InlineData("Kremlin spokesman Dmitry Peskov told reporters the talks would go on. \"The work continues,\" Peskov said.\n\nDmitri Peskov also said Kyiv had not replied.", "Dmitri Peskov")]
    [InlineData("Artyom Kriger and Sergey Karelin were sentenced in April.\n\nSergei Karelin, who was sentenced alongside Kriger, is serving his term.", "Sergei Karelin")]
    [InlineData("Prime Minister Nikol Pashinyan signed the declaration. Critics accused Pashinyan of concessions.\n\nPashinian faces an election next year.", "Pashinian")]
    public void A_russian_or_armenian_name_romanised_two_ways_is_reported(string text, string odd) => Assert.Equal([odd], Findings(text));

    [Theory]
    [InlineData("Kremlin spokesman Dmitry Peskov told reporters the talks would go on.\n\nDmitri Antonov, a lawyer, said the case was weak.")]
    [InlineData("Prime Minister Nikol Pashinyan signed the declaration.\n\nPashinian is how older wire copy spelled the name.\n\nThe pashinian line was dropped.")]
    [InlineData("Sergey Karelin was sentenced in April. Sergey Karelin denied the charges.\n\nSergei Karelin and Sergei Karelin were both named.")]
    public void Another_person_a_word_in_lower_case_or_two_recurring_spellings_are_left_alone(string text) => Assert.Empty(Findings(text));

    [Theory]
    [InlineData("Chief Adviser Prof Muhammad Yunus has asked China to invest.\n\n\"China is a great friend,\" Prof Mohammad Yunus said at a press conference.", "Mohammad Yunus")]
    [InlineData("Prime Minister Shahbaz Sharif sat in the front row.\n\nPrime Minister Shehbaz Sharif later told reporters the budget would help.", "Shehbaz Sharif")]
    public void A_titled_given_name_transliterated_with_another_vowel_is_reported(string text, string odd) => Assert.Equal([odd], Findings(text));

    [Theory]
    // Untitled, the two may be relatives; with another surname, another person who shares the given name.
    [InlineData("Muhammad Khan runs a tea stall by the station.\n\nMohammad Khan, who sells fruit next door, said trade was slow.")]
    [InlineData("Finance Minister Muhammad Aurangzeb presented the budget.\n\nLater, Prof Mohammad Yunus said it would help the region.")]
    public void An_untitled_pair_or_a_shared_given_name_is_left_alone(string text) => Assert.Empty(Findings(text));

    [Fact]
    public void A_national_spelling_closing_another_bodys_name_is_left_alone() =>
        Assert.Empty(Findings(
            "Oshima, a former senior official at Japan's Ministry of Defense, was appointed last year.\n\n"
            + "The UK Ministry of Defence has said it plans to spend about £12 billion on the programme, according to its 2025 Defence Investment Plan."));

    [Fact]
    public void A_national_spelling_as_a_short_reference_is_still_reported() =>
        Assert.Equal(["Defence"], Findings(
            "The contract was awarded by the US Department of Defense on Monday, the Pentagon said.\n\n"
            + "The Department of Defense said the first aircraft will arrive next year.\n\n"
            + "Officials at Defence said the first aircraft will arrive next year."));

    [Fact]
    public void A_national_spelling_in_a_name_with_no_owner_is_one_body_spelt_two_ways() =>
        Assert.Equal(["Ministry of Defense"], Findings(
            "The Ministry of Defence said on Monday that 900 troops would remain in Estonia until 2027.\n\n"
            + "The Ministry of Defence added that a review would follow.\n\n"
            + "A spokesman for the Ministry of Defense declined to give details of the review."));

    [Fact]
    public void A_full_name_written_solid_as_a_label_is_left_alone() =>
        Assert.Empty(Findings(
            "Among the best-received was Woo Young-mi, whose Paris-based label Wooyoungmi has shown in France for two decades. "
            + "Woo said she wanted to support younger designers at home."));

    [Fact]
    public void A_full_name_written_solid_with_a_hyphen_left_in_is_still_reported() =>
        Assert.Equal(
            ["Wooyoung-mi"],
            Findings("Among the best-received was Woo Young-mi, a Paris-based designer. Wooyoung-mi said she wanted to support younger designers."));
}
