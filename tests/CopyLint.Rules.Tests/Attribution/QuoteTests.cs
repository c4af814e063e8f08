namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3003: which quotations are speech, and where their speaker may be.</summary>
public sealed class QuoteTests
{
    [Theory]
    [InlineData("The plans were dropped. “We cannot keep ignoring the people who elected us.”")]
    [InlineData("\"We cannot keep ignoring the people who elected us.\"")]
    [InlineData("‘We cannot keep ignoring the people who elected us.’ The vote was close.")]
    public void Speech_with_no_speaker_is_reported(string text)
    {
        Assert.Single(RuleHarness.Lint(text, "CL3003"));
    }

    [Theory]
    [InlineData("Ordained a priest in 1988, he has a doctorate in sacred theology from a university in Rome.\n\n\"We are thrilled.\"\n\nThe installation is set for March.")]
    [InlineData("Hong Kong cardinal urges prayers for mainland Catholics\n\n\"We must be patient.\"")]
    public void A_short_sentence_of_speech_standing_as_its_own_paragraph_is_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("The archbishop said he was grateful.\n\n\"We are thrilled.\"")]
    [InlineData("\"We are thrilled,\" the archbishop said.\n\n\"We must be patient.\"")]
    [InlineData("Staff called the move \"a bold step\".\n\nThe installation is set for March.")]
    [InlineData("Ordained a priest in 1988, he has a doctorate from a university in Rome.\n\n\"We are thrilled\"\n\nThe installation is set for March.")]
    public void A_short_quotation_with_a_speaker_before_inside_a_sentence_or_as_a_heading_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("“We cannot keep ignoring the people who elected us,” she said.")]
    [InlineData("She told reporters: \"We cannot keep ignoring the people who elected us.\"")]
    [InlineData("\"We cannot keep ignoring the people who elected us,\" the mayor wrote in a letter.")]
    [InlineData("The minister called it a \"disgrace\".")]
    [InlineData("The report, titled \"A Plan for the Rivers and Seas of England\", was published.")]
    [InlineData("It was the so-called 'war on drugs and crime in the cities' that failed.")]
    [InlineData("The mayor spoke first.\n\n\"We cannot keep ignoring the people who elected us,\" she said. \"It has to stop now and for good.\"")]
    [InlineData("The mayor said the council had failed.\n\n\"We cannot keep ignoring the people who elected us.\"")]
    [InlineData("The mayor said the council had failed. \"It is a disgrace,\" she said.\n\n\"We cannot keep ignoring the people who elected us.\"")]
    [InlineData("The mayor said:\n\n\"We cannot keep ignoring the people who elected us.\"")]
    [InlineData("“We cannot keep ignoring the people,” she said. “For years they were promised homes.\n\n“None of them were built and nobody asked why.”")]
    [InlineData("The panel of judges praised the winning design as \"bold and quietly generous to its neighbours\".")]
    [InlineData("Opposition leaders dismissed the plan as \"a gimmick that nobody in the country asked for\".")]
    [InlineData("Murphy singled out Tadhg Beirne, the former player of the year, as \"the best in the league at reading a game before it happens\".")]
    [InlineData("The soldiers' families were told nothing, and the officers' wives were not told either.")]
    public void Attributed_or_non_speech_quotation_is_left_alone(string text)
    {
        Assert.Empty(RuleHarness.Lint(text, "CL3003"));
    }

    [Theory]
    [InlineData("He signed some of his last works \"Gakyo Rojin Manji\", which can be translated as \"the old man mad about painting\".")]
    [InlineData("The village takes its name from the Gaelic, meaning \"the ford of the black water\".")]
    [InlineData("The dish is known as \"the poor man's supper of the valley\" across the region.")]
    public void A_gloss_is_not_speech(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("Sirens sounded at 10 a.m., and students in more than 3,000 schools practiced \"drop, cover and hold on\" before being led to assembly areas.")]
    [InlineData("Crews in the training yard rehearsed \"stop, drop and roll\" with the children on Monday.")]
    public void The_name_of_a_drill_practised_is_not_speech(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Fact]
    public void A_quotation_after_the_drill_with_no_speaker_is_still_reported() =>
        Assert.Single(RuleHarness.Lint("Students in more than 3,000 schools practiced. \"Every drill is a chance to find our weak points.\"", "CL3003"));

    [Fact]
    public void A_quotation_singled_out_by_no_one_is_still_reported() =>
        Assert.Single(RuleHarness.Lint("His captain was singled out as \"the best in the league at reading a game before it happens\".", "CL3003"));

    [Fact]
    public void A_gloss_word_away_from_the_quotation_does_not_make_it_a_gloss() =>
        Assert.Single(RuleHarness.Lint("The name means little now, and \"we cannot keep ignoring the people who elected us\" was heard.", "CL3003"));

    [Fact]
    public void A_quote_headline_naming_its_speaker_after_the_colon_is_left_alone()
    {
        Assert.Empty(RuleHarness.Lint("\"We are not going to let the people of this town down again\": Mayor Ruth Okafor on the long fight to save the library\n\nThe library reopened on Monday.", "CL3003"));
    }

    [Fact]
    public void A_quote_headline_naming_its_subject_after_how_is_left_alone() =>
        Assert.Empty(RuleHarness.Lint("'I had no money and one horse': how Harriet Okoye built a yard from scratch\n\nFive years ago, Harriet Okoye had one horse.", "CL3003"));

    [Fact]
    public void A_quote_headline_naming_no_one_after_how_is_still_reported() =>
        Assert.Single(RuleHarness.Lint("'I had no money and one horse': why the trainer built a yard from scratch\n\nFive years ago, Harriet Okoye had one horse.", "CL3003"));

    [Fact]
    public void A_quotation_before_a_colon_in_a_prose_sentence_is_still_reported()
    {
        Assert.Single(RuleHarness.Lint("The row went on. \"We cannot keep ignoring the people who elected us\": That was the message.", "CL3003"));
    }

    [Theory]
    [InlineData("The council's argument that evening buses carry \"an average of four passengers a trip\" is circular.")]
    [InlineData("The minister’s insistence that the scheme is “fully funded and ready to start next year” is hard to square with the accounts.")]
    [InlineData("Smith's assertion that \"nobody in this town wants the bypass built\" went unanswered.")]
    [InlineData("The council's own argument that evening buses carry \"an average of four passengers a trip\" is circular.")]
    [InlineData("The minister’s earlier insistence that “the scheme is fully funded and ready to start next year” is hard to square with the accounts.")]
    public void A_possessive_speaker_with_a_noun_of_saying_attributes_the_quotation(string text)
    {
        Assert.Empty(RuleHarness.Lint(text, "CL3003"));
    }

    [Theory]
    [InlineData("The argument that evening buses carry \"an average of four passengers a trip\" is circular.")]
    [InlineData("The council's evening buses carry \"an average of four passengers a trip\" on most routes.")]
    [InlineData("The council's own weak argument that evening buses carry \"an average of four passengers a trip\" is circular.")]
    [InlineData("The Council's Labour argument that evening buses carry \"an average of four passengers a trip\" is circular.")]
    public void A_noun_of_saying_with_no_speaker_does_not_attribute_the_quotation(string text)
    {
        Assert.Single(RuleHarness.Lint(text, "CL3003"));
    }

    [Fact]
    public void A_speech_verb_inside_the_quotation_is_not_its_speaker()
    {
        Assert.Single(RuleHarness.Lint("The row went on. \"He said we would all be paid on time this year.\"", "CL3003"));
    }

    [Theory]
    [InlineData("The chef, Ada Okafor, trained in Lagos. The food is, in her words on the restaurant's website, \"my mother's cooking, with better knives\".")]
    [InlineData("The coach was blunt. The team, in his own words, was \"not fit to wear the shirt on Saturday\".")]
    [InlineData("The school was, in the words of its founder, \"a place where nobody is ever left behind\".")]
    [InlineData("The mayor was unmoved. The plan was, as she put it, \"a tax on people who have no choice\".")]
    public void A_speaker_in_whose_words_the_quotation_is_attributes_it(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("The plan was, in other words, \"a tax on people who have no choice\".")]
    [InlineData("The plan was, as it turned out, \"a tax on people who have no choice\".")]
    public void Words_that_name_no_speaker_do_not_attribute_the_quotation(string text) => Assert.Single(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("The general's wife sat behind him. He thanked her in his opening statement for \"30 years of moves, deployments and patience.\"")]
    [InlineData("The assembly adopted the resolution, with Chief Minister M.K. Stalin describing the issue as \"a question of the survival of federalism\".")]
    [InlineData("The union openly mocked the board for \"treating its own staff as a cost to be cut\".")]
    [InlineData("The mayor rejected the plan, branding it \"a tax on people who have no choice\".")]
    [InlineData("Retail sales fell, but Governor Tiff Macklem signalled that the rate was now \"at about the right level\" unless the outlook worsens.")]
    [InlineData("She gathered 3,000 signatures in a town of 1,200 people, a feat she attributes to \"the fact that everyone has cousins.\"")]
    [InlineData("Khumalo, now 78 and living in Pietermaritzburg, remembers the rehearsals as \"chaotic, loud and completely joyful\".")]
    [InlineData("She remembers the first winter as \"the coldest and happiest months of my life\".")]
    [InlineData("Ed played Perfect and a new song, which he introduced as \"one I've literally never played to anyone\".")]
    [InlineData("St. Louis has been careful not to oversell his team. He has talked about process and habits and \"the right kind of pain\".")]
    [InlineData("The minister spoke of \"a generation that had given up on the railways\".")]
    public void The_object_of_a_verb_of_speech_or_judgement_is_its_subjects_words(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("Smith arrived. \"We are doomed, all of us, and nobody will say so.\"")]
    [InlineData("The volunteers were thanked for \"30 years of moves, deployments and patience.\"")]
    [InlineData("The council unveiled a widely mocked \"new thinking about an old problem in the valleys\".")]
    [InlineData("The film drew the praise of \"a generation that had given up on cinema\".")]
    [InlineData("He thanked her for coming; \"we are doomed, all of us, and nobody will say so\".")]
    [InlineData("The old mill, shut since 1990, is remembered as \"the place that fed the whole valley for a century\".")]
    [InlineData("The remark was attributed to \"a senior figure close to the prime minister\".")]
    [InlineData("A new song was introduced as \"one I've literally never played to anyone\".")]
    [InlineData("Much has been talked about \"the right kind of pain\" in the dressing room.")]
    [InlineData("In the end, with the vote lost, remembered as \"the night the party finally broke apart\".")]
    public void A_quotation_no_verb_of_speech_takes_as_its_object_is_still_reported(string text) => Assert.Single(RuleHarness.Lint(text, "CL3003"));

    [Fact]
    public void A_speaker_s_own_account_attributes_the_quotation() =>
        Assert.Empty(RuleHarness.Lint("The singer has, by her own account in a recent newsletter to fans, \"come apart and put myself back together twice\".", "CL3003"));

    [Theory]
    [InlineData("The central bank has reportedly spent more than $8 billion defending the won.\n\n\"The board is boxed in. It cannot afford to fuel a property bubble.\"")]
    [InlineData("It is understood the talks broke down.\n\n\"Nobody in that room wanted to be the first to blink, and so nobody did.\"")]
    public void A_hedge_with_no_source_names_no_speaker(string text) => Assert.Single(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("The couple went public in September.\n\nA source told the Mirror: \"Callum had been planning this for months. He spoke to her dad before they flew out.\n\n\"Leah had absolutely no idea. She thought they were just going out for dinner.\"")]
    [InlineData("A source said: \"Nate is really enjoying his time in London. Ines has flown over to support him.\n\n\"They're keeping things low-key, but friends say they're very happy.\"")]
    public void A_quotation_running_on_from_a_source_s_open_quotation_is_the_source_s(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Fact]
    public void A_new_quotation_after_a_source_s_closed_quotation_is_still_reported() =>
        Assert.Single(RuleHarness.Lint("The couple went public in September.\n\nA source told the Mirror: \"Callum had been planning this for months. He spoke to her dad before they flew out.\"\n\n"
            + "\"Leah had absolutely no idea. She thought they were just going out for dinner.\"", "CL3003"));

    [Fact]
    public void A_single_mark_opening_a_word_mid_clause_with_no_closing_mark_is_an_apostrophe() =>
        Assert.Empty(RuleHarness.Lint("At a traditional welcome ceremony, known as an 'ava ceremony, the King was presented with a cup of kava by a high-ranking chief. Following protocol, he spilt a few drops on the ground before drinking.", "CL3003"));

    [Theory]
    [InlineData("At the welcome ceremony the message was 'we will not be moved on this, not by the minister or by anybody else' and the crowd cheered.")]
    [InlineData("The council met on Monday.\n\n'We will not be moved on this, not by the minister and not by anybody else in the government.\n\n'We will fight on,' she said.")]
    public void A_single_mark_that_closes_or_opens_a_paragraph_of_speech_is_still_a_quotation(string text) => Assert.Single(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("Lagom means \"just the right amount\", \"not too much and not too little\", or \"enough\".")]
    [InlineData("Det var lagom roligt means something like \"it wasn't all that fun\".")]
    public void A_series_of_glosses_or_a_hedged_gloss_is_not_speech(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Fact]
    public void A_quotation_after_a_non_gloss_in_a_series_is_still_reported() =>
        Assert.Single(RuleHarness.Lint("She ended with a warning, \"Ruth\", and \"we cannot keep ignoring the people who elected us\".", "CL3003"));
}
