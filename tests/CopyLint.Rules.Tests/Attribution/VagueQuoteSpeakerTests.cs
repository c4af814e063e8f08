namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3002 on a quotation whose only speaker is a vague agent ('one industry source said', 'sources said'), which
/// CL3003 takes as attributed by its speech verb; a named speaker, or 'the source' pointing back to one the story
/// described, leaves it alone.
/// </summary>
public sealed class VagueQuoteSpeakerTests
{
    [Theory]
    [InlineData("\"The cap will never go back to where it was before the crisis,\" one industry source said.")]
    [InlineData("\"The club has no intention of selling him this summer,\" a senior club source said.")]
    public void A_quotation_credited_only_to_a_vague_source_is_reported(string text) =>
        Assert.Contains(RuleHarness.Lint(text, "CL3002"), d => d.Message.StartsWith("This quotation", StringComparison.Ordinal));

    [Theory]
    [InlineData("\"The cap will never go back to where it was before the crisis,\" said Dhara Vyas, chief executive of Energy UK.")]
    [InlineData("A source close to the production described the casting.\n\n\"Zoya had Tripti in mind from the first draft,\" the source said.")]
    public void A_quotation_with_a_named_or_described_speaker_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3002"));
}
