namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3003: an action beat next to a quotation names a speaker quoted just before; a pull-quote headline is credited by its standfirst.</summary>
public sealed class BeatAndPullQuoteTests
{
    private const string Scene = "The kettle was on when I arrived.\n\n\"That night, the spray was coming over the top of the tower,\" he said. \"You could feel it in your stomach.\"\n\nWas he afraid?\n\n";

    [Theory]
    [InlineData(Scene + "\"Of course I was afraid. Anyone who says they weren't is a liar.\" He laughed. \"But you had the light to mind. When you have a job to do, the fear goes.\"")]
    [InlineData(Scene + "She shrugs. \"The job has to be done whatever the weather is doing outside.\"")]
    [InlineData(Scene + "\"It is a machine now and nobody is looking out at all.\" Ó Sé shook his head.")]
    public void A_beat_next_to_a_quotation_names_the_speaker_quoted_just_before(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("The kettle was on when I arrived.\n\nWas he afraid?\n\n\"Of course I was afraid. Anyone who says they weren't is a liar.\" He laughed. \"But you had the light to mind.\"")]
    [InlineData(Scene + "\"Of course I was afraid. Anyone who says they weren't is a liar.\" He walked to the window.")]
    [InlineData(Scene + "The lights are automated now.\n\nThe keepers left in 1997.\n\n\"Of course I was afraid. Anyone who says they weren't is a liar.\" He laughed.")]
    public void A_beat_with_no_speaker_in_reach_or_no_gesture_names_no_one(string text) =>
        Assert.NotEmpty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("# 'I wrote the ending first and then spent four years arguing with it'\n\n**The Irish novelist Siobhán Ní Bhriain talks to Conor Malone about islands**\n\nHer third novel follows three generations of a family.")]
    [InlineData("\"The glacier is not a museum piece. It is a patient.\"\n\nPark Ji-yeon has spent 15 years measuring the retreat of glaciers.\n\nShe works in Incheon.")]
    [InlineData("# \"Manufacturing cannot grow without foreign currency\"\n\n**The Reporter** | Interview\n\n*Melaku Alebel is Ethiopia's Minister of Industry. He spoke to The Reporter about factory capacity.*\n\nThe interview has been edited.")]
    public void A_pull_quote_headline_is_credited_by_the_standfirst(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("\"The glacier is not a museum piece. It is a patient.\"\n\nThe ice has retreated by a third since the road was built.\n\nIt is melting faster.")]
    [InlineData("The road was closed in 2009.\n\n\"The glacier is not a museum piece. It is a patient.\"\n\nPark Ji-yeon has spent 15 years measuring the retreat of glaciers.")]
    [InlineData("# \"Manufacturing cannot grow without foreign currency\"\n\n**The Reporter** | Interview\n\nFactories are working below capacity across the country.\n\nIt is a long-standing problem.")]
    public void A_bare_quotation_whose_next_paragraph_names_no_one_or_that_is_not_the_headline_is_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3003"));

    private const string Profile = "Asked whether a small state can sustain such a role, Dr Al Khulaifi smiles.\n\n"
        + "\"Our size is an advantage. We are not a threat to anyone,\" he says.\n\n";

    [Fact]
    public void A_beat_standing_as_its_own_paragraph_before_the_quotation_names_the_speaker_quoted_just_before() =>
        Assert.Empty(RuleHarness.Lint(Profile + "He is candid about the limits.\n\n"
            + "\"Mediation is not magic. We cannot force parties to agree. What we can do is create a space where agreement becomes possible.\"", "CL3003"));

    [Fact]
    public void A_paragraph_before_the_quotation_that_is_no_beat_names_no_one() =>
        Assert.Single(RuleHarness.Lint(Profile + "The ministry has a staff of forty.\n\n"
            + "\"Mediation is not magic. We cannot force parties to agree. What we can do is create a space where agreement becomes possible.\"", "CL3003"));

    private const string Sprint = "\"I threw my bike and I didn't know,\" Kooij said. \"When they told me, I couldn't believe it.\"\n\n";

    [Fact]
    public void A_stance_of_a_name_and_its_team_set_off_by_commas_names_the_speaker() =>
        Assert.Empty(RuleHarness.Lint(Sprint + "Groves, of Alpecin-Deceuninck, was magnanimous. \"Tyre width. That's sprinting. Congratulations to him.\"", "CL3003"));

    [Theory]
    [InlineData(Sprint + "Groves, of Alpecin-Deceuninck, finished second. \"Tyre width. That's sprinting. Congratulations to him.\"")]
    [InlineData("The stage was flat.\n\nGroves, of Alpecin-Deceuninck, was magnanimous. \"Tyre width. That's sprinting. Congratulations to him.\"")]
    public void A_name_and_its_team_with_no_stance_or_no_speaker_in_reach_names_no_one(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3003"));

    private const string Train = "Imran Hussain still takes the 6.05am train from Bradford Interchange on Mondays. \"People think ministers are driven everywhere. Not on Northern Rail,\"";

    [Fact]
    public void A_beat_in_the_tag_s_place_after_the_closing_comma_names_the_speaker() =>
        Assert.Empty(RuleHarness.Lint(Train + " he laughs.", "CL3003"));

    [Theory]
    [InlineData("Imran Hussain still takes the 6.05am train from Bradford Interchange on Mondays. \"People think ministers are driven everywhere. Not on Northern Rail.\" He laughs.")]
    [InlineData(Train + " he walks to the platform.")]
    public void A_beat_of_its_own_with_no_speaker_in_reach_or_a_tag_with_no_gesture_names_no_one(string text) =>
        Assert.NotEmpty(RuleHarness.Lint(text, "CL3003"));

    private const string Questions = "Her first question was about the winter fuel payment. Her second was about the winter fuel payment.\n\n";

    [Fact]
    public void A_tag_that_opens_speech_between_the_halves_of_a_split_quotation_names_the_speaker_of_both() =>
        Assert.Empty(RuleHarness.Lint(Questions + "\"Will the Prime Minister tell the House,\" she began, \"how many pensioners he thinks are warmer this year than last?\"", "CL3003"));

    [Fact]
    public void The_same_verb_after_a_quotation_with_no_second_half_names_no_one() =>
        Assert.Single(RuleHarness.Lint(Questions + "\"Will the Prime Minister tell the House about the pensioners,\" she began.", "CL3003"));

    [Theory]
    [InlineData("\"Hi, my name is Darnell and I'm calling from an independent research company,\" one interviewer begins. \"We're not selling anything.\"")]
    [InlineData("\"Will the Prime Minister tell the House about the pensioners,\" she began. \"How many are warmer this year?\"")]
    public void Such_a_tag_closing_its_sentence_before_the_speech_goes_on_names_the_speaker(string text) =>
        Assert.Empty(RuleHarness.Lint(Questions + text, "CL3003"));

    [Fact]
    public void A_role_with_that_verb_and_no_speech_after_still_names_no_one() =>
        Assert.Single(RuleHarness.Lint(Questions + "\"Hi, my name is Darnell and I'm calling from an independent research company,\" one interviewer begins.", "CL3003"));
}
