namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5001 on the noun "will" before the modal "will" in probate copy ("The 2014 will will now be admitted to probate");
/// beside it, the modal doubled after a subject, which stays a slip.
/// </summary>
public sealed class RepeatedNounWillBeforeModalTests
{
    private static string[] Repeats(string text) => [.. RuleHarness.Lint(text, "CL5001").Select(d => d.Message)];

    [Theory]
    [InlineData("The 2014 will will now be admitted to probate.")]
    [InlineData("The judge said the will will stand.")]
    [InlineData("Her last will will be read to the family on Friday.")]
    [InlineData("Mr Hart's will will be challenged by his stepsons.")]
    public void The_noun_will_before_the_modal_is_not_reported(string text) => Assert.Empty(Repeats(text));

    [Theory]
    [InlineData("The council will will decide on the plans next month.")]
    [InlineData("They will will appeal against the ruling.")]
    [InlineData("By 2030 the scheme will will have paid out.")]
    public void The_modal_doubled_after_its_subject_is_still_reported(string text) => Assert.Equal(["'will' is repeated"], Repeats(text));
}
