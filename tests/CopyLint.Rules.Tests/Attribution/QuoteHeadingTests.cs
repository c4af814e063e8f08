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
    public void A_subhead_quote_capitalised_and_repeated_mid_quotation_below_is_not_reported() =>
        Assert.Empty(RuleHarness.Lint("Sabalenka beats Zheng to retain title\n\nLi Na was in the crowd on Rod Laver Arena.\n\n'A dream for a child in China'\n\n"
            + "Zheng was born in Shiyan, in Hubei province, and moved to Wuhan to train when she was eight.\n\n"
            + "\"When I was a kid, I watched Li Na win here. It was a dream for a child in China,\" Zheng said.\n", "CL3003"));

    [Fact]
    public void A_subhead_quote_whose_words_recur_unquoted_below_is_still_reported() =>
        Assert.Single(RuleHarness.Lint("Sabalenka beats Zheng to retain title\n\nLi Na was in the crowd on Rod Laver Arena.\n\n'A dream for a child in China'\n\n"
            + "Zheng was born in Shiyan and called her career a dream for a child in China, her coach said.\n", "CL3003"));

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

    [Fact]
    public void A_headline_quotation_before_its_topic_repeated_in_the_story_is_left_alone() =>
        Assert.Empty(RuleHarness.Lint("'I lost half my pension in a year': why savers are being warned about transfers\n\nSavers are finding their money tied up.\n\nGraham Whitfield had £86,000 in a workplace pension.\n\nHis pot is now worth £41,300.\n\nThe firm has since closed.\n\n\"I lost half my pension in a year. I trusted them,\" he said.\n", "CL3003"));

    [Fact]
    public void A_headline_quotation_the_story_never_repeats_is_still_reported() =>
        Assert.Single(RuleHarness.Lint("'I lost half my pension in a year': why savers are being warned about transfers\n\nSavers are finding their money tied up.\n\n\"I trusted them,\" he said.\n", "CL3003"));

    [Fact]
    public void A_headline_quotation_repeated_in_a_named_speakers_interview_turn_is_left_alone() =>
        Assert.Empty(RuleHarness.Lint("\"We're a small team. We can't make Elden Ring\": an interview with the makers of Clair Obscur\n\nI spoke to co-founders Guillaume Broche and François Meurisse at the studio.\n\nEurogamer: What comes next?\n\nBroche: Something new. We're a small team. We can't make Elden Ring, and we don't want to.\n", "CL3003"));

    [Fact]
    public void A_headline_quotation_repeated_under_a_label_the_story_never_named_is_still_reported() =>
        Assert.Single(RuleHarness.Lint("\"We're a small team. We can't make Elden Ring\": an interview with the makers of Clair Obscur\n\nI spoke to the co-founders at the studio.\n\nNote: Something new. We're a small team. We can't make Elden Ring, and we don't want to.\n", "CL3003"));
}
