namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on quotations from unseen reviews, sketches, court and trade reporting whose speaker the copy gives: a line
/// performed from a play or a song, a dedication, a court's holding, a turn in a questioning exchange, a described
/// speaker; each beside the same words with no speaker, still reported. Data in the paragraph before names no speaker.
/// </summary>
public sealed class PerformedLineAndTurnTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Theory]
    [InlineData("Her delivery of the famous speech about \"a small boat looking for a harbour\" is quiet, almost conversational.")]
    [InlineData("The song went everywhere. Its chorus – \"oya come, oya come, before the light go\" – has become a catchphrase.")]
    [InlineData("The \"To be or not to be\" soliloquy is delivered sitting on the edge of the table.")]
    [InlineData("She gives the closing line, \"nobody ever leaves this town for long\", a dry little shrug.")]
    public void A_line_named_as_performed_is_not_unattributed_speech(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("Her delivery is quiet. \"A small boat looking for a harbour\" is how the town sees itself now.")]
    [InlineData("The speech was long, and \"we cannot keep ignoring the people who elected us\" was its only line.")]
    [InlineData("\"We cannot keep ignoring the people who elected us,\" speech or no speech, was the message.")]
    public void The_same_words_with_no_performed_noun_next_to_them_are_still_reported(string text) => Assert.Equal(1, Quotes(text));

    [Theory]
    [InlineData("By the third act he is delivering \"I'm master of all fights from now\" to the back row.")]
    [InlineData("Okafor recites \"the boats that never came home to the harbour\" without a pause.")]
    public void A_performer_delivering_a_line_speaks_it(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("The scheme is delivering \"real and lasting benefits for families across the region\".")]
    [InlineData("The new timetable delivers \"a faster and more reliable service for every passenger\".")]
    public void A_thing_delivering_a_quotation_is_a_claim_with_no_speaker(string text) => Assert.Equal(1, Quotes(text));

    [Fact]
    public void A_progressive_speech_act_takes_the_subject_before_its_auxiliary() =>
        Assert.Equal(0, Quotes("She was describing the plan as \"a gimmick that nobody in the country asked for\"."));

    [Theory]
    [InlineData("Accepting the award, he dedicated it to \"everyone who works backstage at the National\".")]
    [InlineData("Judge Connolly granted the motion in May 2024, holding that the claims \"recite nothing more than the idea of measuring pressure\".")]
    [InlineData("The court held that the contract \"cannot be read as a promise to pay on demand\".")]
    [InlineData("The Norwegian Nobel Committee awarded Machado the prize for \"her tireless work promoting democratic rights for the people of Venezuela\".")]
    public void A_dedication_or_a_courts_holding_is_its_subjects(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("The bench was dedicated to \"everyone who works backstage at the National\".")]
    [InlineData("The talks held in Geneva were \"a waste of everybody's time and money\".")]
    [InlineData("The claims were holding \"nothing more than the idea of measuring pressure\" in reserve.")]
    [InlineData("Machado was given the prize for \"her tireless work promoting democratic rights for the people of Venezuela\".")]
    public void A_passive_dedication_or_held_without_that_names_no_speaker(string text) => Assert.Equal(1, Quotes(text));

    private const string Exchange =
        "\"What does finalised mean?\" the senator asked.\n\nThe deputy secretary said it meant checked.\n\n\"Has it been checked?\"\n\nIt was being checked.\n\n";

    [Fact]
    public void A_bare_question_in_an_exchange_is_the_questioners_turn() =>
        Assert.Equal(0, Quotes(Exchange + "\"When will it be checked?\"\n\nIt would be checked as soon as practicable."));

    [Theory]
    [InlineData("The committee sat for six hours.\n\n\"When will it be checked?\"")]
    [InlineData("\"What does finalised mean?\" the senator asked.\n\nThe spreadsheet existed but was still a working document, it emerged after a long pause, and it had not been finalised or tabled, nor would it be for some months yet.\n\n\"When will it be checked?\"")]
    [InlineData("\"What does finalised mean?\" the senator asked.\n\nIt was being checked.\n\n\"It will be checked as soon as practicable.\"")]
    public void A_bare_quotation_with_no_exchange_in_reach_is_still_reported(string text) => Assert.Equal(1, Quotes(text));

    [Theory]
    [InlineData("\"We lent to a mirage and called it an economy,\" as one former banker put it to me over coffee.")]
    [InlineData("The chamber emptied. \"That was the easy part of the whole day,\" a minister was heard to murmur.")]
    public void A_described_speaker_attributes(string text) => Assert.Equal(0, Quotes(text));

    [Fact]
    public void Data_in_the_paragraph_before_is_no_speaker() =>
        Assert.Equal(1, Quotes("About 350 jets were parked at the end of February, according to data from aviation analytics firm Cirium, up from 310.\n\n\"Nobody expected the turnaround times to be this long.\""));

    [Theory]
    [InlineData("Official figures show exports fell by a fifth.\n\n\"Nobody expected the turnaround times to be this long.\"")]
    [InlineData("Exports fell by a fifth, according to figures from the statistics office.\n\n\"Nobody expected the turnaround times to be this long.\"")]
    public void Figures_in_the_paragraph_before_are_no_speaker(string text) => Assert.Equal(1, Quotes(text));

    [Fact]
    public void Data_in_the_sentence_before_is_no_speaker() =>
        Assert.Equal(1, Quotes("Exports fell by a fifth, according to figures from the statistics office. \"Nobody expected the turnaround times to be this long.\""));

    [Fact]
    public void Data_in_the_quotations_own_sentence_still_sources_it() =>
        Assert.Equal(0, Quotes("Exports were \"the weakest in any quarter since records began in 1986\", according to figures from the statistics office."));

    [Theory]
    [InlineData("About 350 jets were parked at the end of February, according to the airline's chief executive.\n\n\"Nobody expected the turnaround times to be this long.\"")]
    [InlineData("About 350 jets were parked at the end of February, national statistics chief Ana Ruiz said.\n\n\"Nobody expected the turnaround times to be this long.\"")]
    public void A_person_in_the_paragraph_before_is_still_the_speaker(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("Each chapter begins with a line from the ledger – \"To one barrel of salt pork, supplied to the ship, two pounds\" – before opening out.")]
    [InlineData("The first sentence of Oksana Hrytsenko's novel is \"On the morning the war came, my mother was making varenyky.\"")]
    [InlineData("The poem borrows the rhythm of the radio bulletin – \"Hebrides, Bailey: southwesterly, five to seven, occasionally gale eight\" – and makes it a lullaby.")]
    [InlineData("Scarborough-Fell plays him as a prim hotel manager. His final \"I'll be revenged on the whole pack of you\" is delivered with a terrible quiet.")]
    [InlineData("This is her strongest collection yet. Here is the closing stanza of Weather Permitting, the title poem:\n\n\"and if the ferry runs, and if the road holds,\nand if the rain will let us, we will go\nto the house where the kettle is still warm.\"")]
    public void A_line_quoted_from_a_named_text_or_role_is_not_unattributed_speech(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("Each chapter begins with a flourish – \"To one barrel of salt pork, supplied to the ship, two pounds\" – before opening out.")]
    [InlineData("The first result of the long inquiry is \"a failure of leadership at every level of the trust\".")]
    [InlineData("Scarborough-Fell plays him as a prim hotel manager. The final \"I'll be revenged on the whole pack of you\" is delivered with a terrible quiet.")]
    [InlineData("This is the council's strongest plan yet. Here is the gist of it:\n\n\"The road will close for six weeks while the old bridge is repaired.\"")]
    public void The_same_quotation_with_no_line_named_is_still_reported(string text) => Assert.Equal(1, Quotes(text));

    [Fact]
    public void A_speech_act_takes_the_name_before_an_age_and_an_aside() =>
        Assert.Equal(0, Quotes("Nkosi, 31, who grew up in Soshanguve north of Pretoria, thanked his mother and \"every taxi driver who played my songs before radio did\" in his speech."));

    [Fact]
    public void A_passive_speech_act_after_an_age_and_an_aside_is_still_reported() =>
        Assert.Equal(1, Quotes("His mother, 58, who grew up in Soshanguve north of Pretoria, was thanked along with \"every taxi driver who played my songs before radio did\" in the speech."));

    [Fact]
    public void A_song_introduced_from_the_stage_is_the_performers_patter() =>
        Assert.Equal(0, Quotes("The recovery is swift. A cover of Kirsty MacColl's They Don't Know, introduced as \"the song my mum made me learn before I was allowed a guitar\", is scrappy and joyful."));

    [Fact]
    public void Anything_else_introduced_as_a_quotation_is_still_reported() =>
        Assert.Equal(1, Quotes("The recovery is swift. A new mural, introduced as \"the picture my mum made me paint before I was allowed a brush\", is scrappy and joyful."));
}
