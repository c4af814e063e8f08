namespace CopyLint.Rules.Tests.Dates;

/// <summary>
/// CL4003 on one titled surname written twice with two ages ("Mr Latham, 71" … "Mr Latham, 72"): a relative named beside
/// the first does not make the second someone else, since both are written the same way.
/// </summary>
public sealed class AgeSameTitledSurnameTests
{
    [Theory]
    [InlineData("Ken Latham pulled his last pint on Sunday.\n\nMr Latham, 71, took over the pub in 1985 with his late wife, Pauline.\n\nMr Latham, 72, was given a framed photograph.", "'Mr Latham' is 72 here but 71 on line 3")]
    [InlineData("Ken Latham pulled his last pint on Sunday.\n\nMr Latham, 71, was given a framed photograph.\n\nMr Latham, 72, ran the pub with his daughter.", "'Mr Latham' is 72 here but 71 on line 3")]
    public void One_titled_surname_given_two_ages_beside_a_relative_is_reported(string text, string message) =>
        Assert.Contains(message, Assert.Single(RuleHarness.Lint(text, "CL4003")).Message);

    [Theory]
    [InlineData("His granddaughter, Vivian Lau, 29, runs the shop.\n\nMr. Lau, 91, still opens it every morning.")]
    [InlineData("Ken Latham pulled his last pint on Sunday.\n\nMr Latham, 71, took over the pub in 1985 with his late wife.\n\nMrs Latham, 68, ran the kitchen.")]
    [InlineData("Ken Latham pulled his last pint on Sunday.\n\nMr Latham, 71, took over the pub with his son.\n\nIn 1985 Mr Latham, 32, bought the lease.")]
    public void Different_titles_forms_or_a_dated_age_are_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL4003"));
}
