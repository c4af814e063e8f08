namespace CopyLint.Rules.Tests.Typography;

/// <summary>CL5003 on a quotation pasted again as the sentence after its attribution; a speaker's short emphasis is left alone.</summary>
public sealed class EchoedQuoteTests
{
    private const string Lede = "Families near the base left their homes after the attack, a local leader said.";

    private static IReadOnlyList<string> Messages(string paragraph) =>
        [.. RuleHarness.Lint($"{Lede}\n\n{paragraph}\n\nThe army said it would send more troops.\n", "CL5003").Select(d => d.Message)];

    [Theory]
    [InlineData("\"We will rebuild every house that the river took from us,\" Okafor said. \"We will rebuild every house that the river took from us.\"")]
    [InlineData("“The ministry has known about the cracks for three years,” she told reporters. “The ministry has known about the cracks for three years.”")]
    [InlineData("Okafor said: \"We will rebuild every house that the river took.\" \"We will rebuild every house that the river took.\"")]
    [InlineData("\"Portugal will not face this alone,\" Montenegro said. \"Portugal will not face this alone.\"")]
    [InlineData("\"We said this ten years ago,\" said Fretilin secretary general Mari Alkatiri. \"We said this ten years ago.\"")]
    public void A_quotation_pasted_again_after_its_attribution_is_reported(string paragraph) =>
        Assert.Equal(["This quotation already appears on line 3"], Messages(paragraph));

    [Theory]
    [InlineData("\"Never again,\" she said. \"Never again.\"")]
    [InlineData("\"Bring them home now,\" the crowd chanted. \"Bring them home now.\"")]
    [InlineData("\"We lost everything, everything,\" said Mireille Kabila. \"We lost everything, everything.\"")]
    [InlineData("\"We will not give up on them,\" she said. \"We will not give up.\"")]
    [InlineData("\"We will rebuild every house that the river took from us,\" Okafor said. \"We will rebuild every road that the river took from us.\"")]
    [InlineData("\"We will rebuild every house that the river took from us,\" Okafor said. She said we will rebuild every house that the river took from us.")]
    public void Emphasis_an_edit_or_a_paraphrase_is_left_alone(string paragraph) => Assert.Empty(Messages(paragraph));
}
