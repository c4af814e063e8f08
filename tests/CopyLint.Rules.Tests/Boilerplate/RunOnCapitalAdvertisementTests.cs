namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// CL1115 on the slot label set in capitals, as Malaysian and Indonesian sites print it, run on to a paragraph; beside it
/// the capitals going on with the sentence, which stay silent.
/// </summary>
public sealed class RunOnCapitalAdvertisementTests
{
    private static IReadOnlyList<Engine.Diagnostic> Lint(string line) =>
        RuleHarness.Lint("The court met on Tuesday.\n\n" + line + "\n\nThe hearing resumes on Friday, the court said.\n", "CL1115");

    [Fact]
    public void The_label_in_capitals_run_on_to_a_paragraph_is_reported() =>
        Assert.Single(Lint("He had taken RM1.2 million in bribes, the court heard. ADVERTISEMENT"));

    [Fact]
    public void The_capitals_going_on_with_the_sentence_are_not() =>
        Assert.Empty(Lint("The court heard. ADVERTISEMENT REVENUE fell, the firm said."));
}
