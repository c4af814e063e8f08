namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003: the lines an embedded post leaves ("View this post on Instagram") between a quoted speaker and an action beat
/// neither break the section nor use up the beat's reach; a subheading there still does.
/// </summary>
public sealed class BeatAcrossEmbedTests
{
    private const string Before =
        "\"They put us all in one category, like Africa is one country,\" he says.\n\n"
        + "This weekend he plays two nights at the O2 Arena in London, a venue he first sold out in 2019.\n\n";

    private const string Beat = "Is he tired? He laughs. \"I'm always tired. But I'm slowing down. I told my team I want one month every year with no phone.\"";

    [Fact]
    public void An_embed_between_the_speaker_and_the_beat_is_passed_over() =>
        Assert.Empty(RuleHarness.Lint(Before + "View this post on Instagram\n\nA post shared by Burna Boy (@burnaboygram)\n\n" + Beat, "CL3003"));

    [Fact]
    public void A_subheading_between_the_speaker_and_the_beat_still_ends_the_reach() =>
        Assert.Single(RuleHarness.Lint(Before + "The road to the O2\n\n" + Beat, "CL3003"));
}
