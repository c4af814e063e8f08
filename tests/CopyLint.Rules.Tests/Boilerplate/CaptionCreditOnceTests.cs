using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>A caption with its credit is one finding: CL1004's for the caption, not CL1003's as well.</summary>
public sealed class CaptionCreditOnceTests
{
    private const string Text = "Senior Liberals were already discussing who would succeed Mr Dutton.\n\n"
        + "Pictured: Anthony Albanese with partner Jodie Haydon at the Labor party function in Sydney. Picture: Getty Images\n\n"
        + "The count resumes on Monday, the commission said.\n";

    [Fact]
    public void A_caption_with_its_credit_is_reported_once() =>
        Assert.Equal(["CL1004"], RuleHarness.Lint(Text, ["CL1003", "CL1004"]).Select(d => d.Id));

    [Fact]
    public void The_credit_is_still_reported_when_the_caption_rule_is_off() =>
        Assert.Equal(["CL1003"], RuleHarness.Lint(Text, new LintSettings { RuleSeverities = new Dictionary<string, Severity?> { ["CL1004"] = null } })
            .Where(d => d.Id is "CL1003" or "CL1004").Select(d => d.Id));

    [Fact]
    public void A_credit_closing_a_caption_of_another_shape_is_still_reported() =>
        Assert.Equal(["CL1003"], RuleHarness.Lint(
            "The council met on Tuesday.\n\nFirefighters help a resident into a boat on Friday. (Helen Marsh/AP)\n\nThe river peaked at noon.\n",
            ["CL1003", "CL1004"]).Select(d => d.Id));
}
