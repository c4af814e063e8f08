namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on round-5 copy (humanitarian, court, consumer reporting): an age descriptor as the speaker ('the
/// 58-year-old told Al Jazeera'), a judge's finding, example wording of a text or a message; and a first-person
/// quotation that an organisation or a report in the paragraph before cannot have spoken.
/// </summary>
public sealed class DescribedSpeakerAndWordingTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Theory]
    [InlineData("Ghulam Rasool Solangi has built a shelter from reed mats.\n\n\"My cotton crop was ready to pick. Now it is rotting under the water,\" the 58-year-old told Al Jazeera. \"We have no work, no food and no idea when we can go back.\"")]
    [InlineData("\"I spent eleven years in a tent in Atmeh, looking at this town on my phone,\" the 49-year-old said.")]
    [InlineData("The 34-year-old said: \"I spent eleven years in a tent in Atmeh, looking at this town.\"")]
    [InlineData("\"I spent eleven years in a tent in Atmeh, looking at this town on my phone,\" said the 49-year-old.")]
    public void An_age_descriptor_is_a_speaker(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("Residents gathered at the shelter on Monday.\n\nA man in his 80s said, \"I lived through many typhoons, but this one is said to be very strong, so I came early.\"")]
    [InlineData("Residents gathered at the shelter on Monday.\n\nA woman aged 45 said, \"I lived through many typhoons, but this one is said to be very strong, so I came early.\"")]
    [InlineData("Turtles nest on the beach each summer.\n\n\"She will dig for about an hour, then lay around 100 eggs,\" whispers the ranger, Salim Al Araimi. \"Then she will cover them and go back to the sea.\"")]
    public void A_person_described_by_age_or_a_manner_of_speaking_is_a_speaker(string text) => Assert.Equal(0, Quotes(text));

    [Fact]
    public void A_count_before_the_verb_is_still_no_speaker() =>
        Assert.Equal(1, Quotes("Residents gathered at the shelter on Monday.\n\nOf those polled, 45 said \"we will never vote for this government again\" in a survey."));

    /// <summary>The age descriptor is a cue for every attribution rule: a figure the 45-year-old gives is sourced (CL3001).</summary>
    [Fact]
    public void An_age_descriptor_sources_a_figure() =>
        Assert.Empty(RuleHarness.Lint("Amina Yusuf runs a bakery in the town.\n\nThe 45-year-old said she had lost more than £12,000 since the floods.", "CL3001"));

    [Theory]
    [InlineData("It drew 10,000 posts in a day, and \"we cannot keep ignoring the people who elected us\" was the most shared.")]
    [InlineData("It drew 10,000 reports in a day, and \"we cannot keep ignoring the people who elected us\" was the most shared.")]
    public void A_count_before_a_noun_of_saying_is_still_no_speaker(string text) => Assert.Equal(1, Quotes(text));

    [Theory]
    [InlineData("She also rejected an argument that the warrant lacked detail about his alleged role, finding that it \"sets out with sufficient clarity\" that he arranged transport.")]
    [InlineData("The tribunal dismissed the claim, concluding that the dismissal was \"within the range of reasonable responses\".")]
    public void A_finding_or_a_conclusion_is_its_subjects(string text) => Assert.Equal(0, Quotes(text));

    [Fact]
    public void A_finding_with_no_subject_names_no_speaker() =>
        Assert.Equal(1, Quotes("The finding that it \"sets out with sufficient clarity\" was not challenged on appeal."));

    [Fact]
    public void A_judge_who_ruled_after_the_quotation_is_its_speaker() =>
        Assert.Equal(0, Quotes("Justice Emmanuel Baguma issued the order on Monday.\n\n\"The applicants have shown that they are likely to suffer irreparable damage if the eviction is carried out before the main suit is heard,\" Justice Baguma ruled."));

    [Fact]
    public void The_same_ruling_with_no_judge_after_it_is_still_reported() =>
        Assert.Equal(1, Quotes("Justice Emmanuel Baguma issued the order on Monday.\n\n\"The applicants have shown that they are likely to suffer irreparable damage if the eviction is carried out before the main suit is heard.\""));

    [Theory]
    [InlineData("- It uses urgent language, such as \"your parcel will be returned today\".")]
    [InlineData("Victims received messages such as \"your parcel could not be delivered, pay the fee here\".")]
    [InlineData("Scam texts often use phrases like \"final notice before your account is closed\".")]
    [InlineData("Some got a text reading \"your parcel will be returned to the sender today\".")]
    [InlineData("Others got a message saying \"your parcel will be returned to the sender today\".")]
    [InlineData("The emails carry wording such as \"your account has been suspended pending review\".")]
    public void Example_wording_of_a_text_or_message_is_not_speech(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("Prices rose again, such as \"we cannot keep ignoring the people who elected us\".")]
    [InlineData("The language was strong. \"We cannot keep ignoring the people who elected us.\"")]
    [InlineData("Her message was clear and \"we cannot keep ignoring the people who elected us\" was its core.")]
    public void Such_as_or_a_noun_of_writing_away_from_the_quotation_does_not_excuse_it(string text) => Assert.Equal(1, Quotes(text));

    [Theory]
    [InlineData("The price of flour remains out of reach for most families, according to the World Food Programme (WFP).\n\n\"We waited four hours and then they told us to come back tomorrow. Tomorrow my children still need to eat.\"")]
    [InlineData("UNAMA said in a statement that returnees faced \"serious risks\" in Afghanistan.\n\n\"They put us on a bus at night. I do not know where my husband is.\"")]
    [InlineData("The ministry said the camp was full.\n\n\"I have waited here for three weeks and nobody has come.\"")]
    [InlineData("Food prices have doubled since January, according to a UN report.\n\n\"I have waited here for three weeks and nobody has come.\"")]
    public void A_first_person_quotation_after_an_organisation_or_a_report_has_no_speaker(string text) => Assert.Equal(1, Quotes(text));

    [Theory]
    [InlineData("The price of flour remains out of reach, according to Samira Abu Odeh, a mother of eight.\n\n\"We waited four hours and then they told us to come back tomorrow. Tomorrow my children still need to eat.\"")]
    [InlineData("UNAMA said in a statement that returnees faced \"serious risks\" in Afghanistan.\n\n\"We cannot absorb this many people. There are no jobs, no houses, no land for them.\"")]
    [InlineData("The ministry's spokesman said the camp was full.\n\n\"I have waited here for three weeks and nobody has come.\"")]
    [InlineData("UN spokesman Stéphane Dujarric said the camp was full.\n\n\"I have waited here for three weeks and nobody has come.\"")]
    [InlineData("Det Con Sarah Whitlock of the Metropolitan Police said the camp was full.\n\n\"I have waited here for three weeks and nobody has come.\"")]
    [InlineData("\"I have waited here for three weeks and nobody has come,\" one woman told the WFP, according to the agency.")]
    [InlineData("Amina Yusuf, a nurse at the camp clinic, told the BBC.\n\n\"I have waited here for three weeks and nobody has come.\"")]
    [InlineData("In an interview with the BBC, Amina Yusuf described the camp.\n\n\"I have waited here for three weeks and nobody has come.\"")]
    public void A_person_or_an_organisations_own_voice_still_speaks(string text) => Assert.Equal(0, Quotes(text));
}
