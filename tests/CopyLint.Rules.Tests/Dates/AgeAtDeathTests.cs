namespace CopyLint.Rules.Tests.Dates;

/// <summary>
/// CL4003 on the age an obituary gives with the death ("Harold Pennington, who ran the shop, has died aged 91", "Reid,
/// who has died aged 85,", "Okafor died aged 74") against the age given after the name later; beside each, a death age
/// that belongs to no name the rule can read, which stays silent.
/// </summary>
public sealed class AgeAtDeathTests
{
    [Theory]
    [InlineData("Harold Pennington, who ran the family shop for more than 50 years, has died aged 91.\n\nPennington, 92, had been a churchwarden.", "is 92 here but 91 on line 1")]
    [InlineData("Jim Reid, who has died aged 85, founded the club in 1962.\n\nReid, 84, had been ill for some time.", "is 84 here but 85 on line 1")]
    [InlineData("Tomasz Kowalczyk has died aged 74.\n\nKowalczyk, 75, baked for the village every morning.", "is 75 here but 74 on line 1")]
    [InlineData("Grace Adeyemi died aged 91 on Sunday.\n\nAdeyemi, 90, was a midwife.", "is 90 here but 91 on line 1")]
    public void A_death_age_against_a_later_age_after_the_name_is_reported(string text, string message) =>
        Assert.Contains(message, Assert.Single(RuleHarness.Lint(text, "CL4003")).Message);

    [Theory]
    [InlineData("Harold Pennington, who ran the family shop for more than 50 years, has died aged 91.\n\nPennington, 91, had been a churchwarden.")]
    [InlineData("Jim Reid said his brother, who ran the family shop, has died aged 85.\n\nReid, 84, said the funeral would be on Friday.")]
    [InlineData("Jim Reid, who ran the family shop, said his brother has died aged 85.\n\nReid, 84, said the funeral would be on Friday.")]
    [InlineData("Jim Reid, 84, said his father died aged 85.")]
    public void A_matching_age_or_a_death_age_that_is_someone_else_s_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL4003"));
}
