namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on quotations that name their speaker or are not speech, from unseen edited copy: a crowd's chant, lines of
/// verse, a possessive name before the quotation and a transcript's speaker label; each beside speech with no speaker.
/// </summary>
public sealed class ChantVerseAndLabelTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Theory]
    [InlineData("The away end never stopped. \"We are going up, we are going up\" rang out long after the whistle.")]
    [InlineData("The home fans are answering with \"You're not singing any more, not any more\".")]
    [InlineData("“Nobody leaves until we get our club back” echoed around the car park.")]
    public void A_chant_is_not_speech_without_a_speaker(string text) => Assert.Equal(0, Quotes(text));

    [Fact]
    public void The_same_words_as_a_plain_quotation_are_still_reported() =>
        Assert.Equal(1, Quotes("The away end never stopped. \"We are going up, we are going up\" was the message after the whistle."));

    [Fact]
    public void Lines_of_verse_are_not_speech() =>
        Assert.Equal(0, Quotes("The title poem moves from the harbour to the kitchen table, \"gulls on the slipway, / the boats that never came home\", without a wasted word."));

    [Fact]
    public void The_same_words_run_on_as_prose_are_still_reported() =>
        Assert.Equal(1, Quotes("The title poem moves from the harbour to the kitchen table, \"gulls on the slipway and the boats that never came home\", without a wasted word."));

    [Theory]
    [InlineData("The revival treats Chekhov's \"a comedy in four acts\" as a tragedy from the first scene.")]
    [InlineData("Sarah Ferguson: What about the fuel levy?\n\nAnthony Albanese: That's a \"we will look at it when the budget comes\" answer, frankly.")]
    [InlineData("ALBANESE: That's a \"we will look at it when the budget comes\" answer, frankly.")]
    public void A_named_speaker_before_the_quotation_attributes_it(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("The revival treats the play's \"a comedy about money and nothing else\" as a tragedy.")]
    [InlineData("It's \"the best thing this town has ever done\", and nobody disagrees.")]
    [InlineData("Update: That's a \"we will look at it when the budget comes\" answer, frankly.")]
    public void A_possessive_thing_a_contraction_or_a_one_word_label_names_no_speaker(string text) => Assert.Equal(1, Quotes(text));
}
