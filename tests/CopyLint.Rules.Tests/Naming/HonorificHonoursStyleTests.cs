namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2003 on British honours style: "Dame Helen" opening a sentence keeps its honorific though the sentence also writes
/// "made a dame"; beside it, a bare "Helen" that is still reported.
/// </summary>
public sealed class HonorificHonoursStyleTests
{
    private static string[] Reported(string text) =>
        [.. RuleHarness.Lint(text, "CL2003").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Opening = "The trust has appointed Dame Helen Okoro as chair of its trustee board.\n\nDame Helen, 63, was a director at the Pensions Regulator. \"The scheme is strong,\" Dame Helen said.\n\n";

    [Fact]
    public void An_honorific_opening_a_sentence_that_also_writes_its_noun_keeps_it() =>
        Assert.Empty(Reported(Opening + "Dame Helen was made a dame in 2022 for services to pensions."));

    [Fact]
    public void A_bare_given_name_is_still_reported() =>
        Assert.Equal(["Helen"], Reported(Opening + "Helen was made a dame in 2022 for services to pensions."));
}
