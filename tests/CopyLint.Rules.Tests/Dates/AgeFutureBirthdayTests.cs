namespace CopyLint.Rules.Tests.Dates;

/// <summary>
/// CL4003 on a birthday to come ("who turns 21 in March"), which is not the age now, beside a birthday today or past,
/// which is.
/// </summary>
public sealed class AgeFutureBirthdayTests
{
    [Theory]
    [InlineData("Skip Isla Brodie, 20, scored three in the ninth end.\n\nThe championships are open to players under 21. Brodie, who turns 21 in March, will move into the senior game.")]
    [InlineData("Tom Hale, 45, a roofer, fell.\n\nHale, who turns 46 next month, had worked there for years.")]
    public void A_birthday_to_come_is_not_a_second_age(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL4003"));

    [Theory]
    [InlineData("Skip Isla Brodie, 20, scored three in the ninth end.\n\nBrodie, who turns 21 today, will move into the senior game.", "'Brodie' is 21 here but 20 on line 1")]
    [InlineData("Skip Isla Brodie, 20, scored three in the ninth end.\n\nBrodie, who turned 21 in March, will move into the senior game.", "'Brodie' is 21 here but 20 on line 1")]
    [InlineData("Tom Hale, 45, a roofer, fell.\n\nHale, who turns 46, had worked there for years.", "'Hale' is 46 here but 45 on line 1")]
    public void A_birthday_today_or_past_is_still_an_age(string text, string message) =>
        Assert.Equal(message, Assert.Single(RuleHarness.Lint(text, "CL4003")).Message);
}
