namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3003 and a live page's quote heading: credited by the quotation below that repeats its words.</summary>
public sealed class QuoteHeadingTests
{
    private const string Entry = "Nurse found not guilty - latest updates\n\n14:47\n\n'I can now start to rebuild my life'\n\n"
        + "Speaking outside court, the nurse, Joanna Whitfield, read a short statement.\n\n";

    [Fact]
    public void A_quote_heading_repeated_with_its_speaker_below_is_not_reported() =>
        Assert.Empty(RuleHarness.Lint(Entry + "\"I am grateful to the jury. I can now start to rebuild my life,\" she said.\n", "CL3003"));

    [Fact]
    public void A_quote_heading_whose_words_do_not_recur_is_still_reported() =>
        Assert.Single(RuleHarness.Lint(Entry + "\"I am grateful to the jury and to my family,\" she said.\n", "CL3003"));

    [Fact]
    public void A_standalone_quote_with_a_full_stop_is_speech_not_a_heading() =>
        Assert.Single(RuleHarness.Lint("Floods live\n\n\"I can now start to rebuild my life.\"\n\n"
            + "A spokesperson said: \"I can now start to rebuild my life, and so can the town.\"\n", "CL3003"));

    [Fact]
    public void The_words_recurring_outside_a_quotation_credit_nothing() =>
        Assert.Single(RuleHarness.Lint("Floods live\n\n'I can now start to rebuild my life'\n\n"
            + "Residents hope I can now start to rebuild my life will be the town's motto, the council said.\n", "CL3003"));
}
