namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5001 on a phrasal verb's particle before the preposition it spells ("expected to move in in 2027") and on the cheer
/// ("Hipp hipp hurra!", "hip hip hooray"); beside each, the slip that stays reported.
/// </summary>
public sealed class RepeatedParticleAndCheerTests
{
    private static string[] Repeats(string text) => [.. RuleHarness.Lint(text, "CL5001").Select(d => d.Message)];

    [Theory]
    [InlineData("The first soldiers are expected to move in in 2027, the ministry said.")]
    [InlineData("The new rates phased in in April, and the old ones carried on on Monday.")]
    [InlineData("\"Fuel and shelter supplies are still not getting in in the quantities required,\" she said.")]
    public void A_particle_before_its_preposition_is_not_reported(string text) => Assert.Empty(Repeats(text));

    [Theory]
    [InlineData("The first soldiers are expected in in 2027, the ministry said.")]
    [InlineData("The new rates took effect on on Monday.")]
    [InlineData("\"Fuel and shelter supplies are still not arriving in in the quantities required,\" she said.")]
    public void The_same_words_after_any_other_verb_are_still_reported(string text) => Assert.Single(Repeats(text));

    [Theory]
    [InlineData("\"This is something Pingtung has been waiting for for more than 10 years,\" she said.")]
    [InlineData("It is a reform the unions have campaigned for for decades.")]
    public void A_particle_for_before_a_span_of_time_is_not_reported(string text) => Assert.Empty(Repeats(text));

    [Theory]
    [InlineData("Commuters have been waiting for for the bus since dawn.")]
    [InlineData("The two leaders met for for more than an hour.")]
    public void For_for_before_anything_else_or_after_any_other_verb_is_still_reported(string text) => Assert.Single(Repeats(text));

    [Theory]
    [InlineData("\"Hipp hipp hurra!\" is the cheer you'll hear all day.")]
    [InlineData("The crowd shouted hip hip hooray as the team came out.")]
    public void The_cheer_is_not_reported(string text) => Assert.Empty(Repeats(text));

    [Fact]
    public void A_word_doubled_inside_a_quoted_cheer_is_still_reported() =>
        Assert.Equal(["'the' is repeated"], Repeats("\"Hurra for the the king!\" is the cheer you'll hear all day."));
}
