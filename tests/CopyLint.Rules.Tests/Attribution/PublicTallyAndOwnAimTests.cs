namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on figures that are on public record or their holder's own: the signatures a petition has gathered, the plans a
/// council approved, the homes a scheme or plan includes, what a joint venture covers and the sum a subject hoped or aims
/// to raise; beside each, the nearest claim that stays reported.
/// </summary>
public sealed class PublicTallyAndOwnAimTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("Campaigners have set up a group, and a petition has gathered more than 1,400 signatures.")]
    [InlineData("Cardiff Council has given final approval to plans for around 1,000 homes on the site of the former paper mill.")]
    [InlineData("It owns a stake in a fibre joint venture with Vodafone Spain. The venture covers about 12 million premises.")]
    [InlineData("The auction will offer frequencies in four bands, and the government had hoped to raise more than $500 million.")]
    [InlineData("The operator aims to reach about 10 million homes with fibre by 2030.")]
    [InlineData("The scheme, known as Ely Mill, will include about 350 council homes and a new primary school.")]
    [InlineData("Cardiff's local development plan, which sets out how the city will grow until 2036, identifies land for more than 24,000 new homes.")]
    public void A_public_tally_or_a_subject_s_own_aim_is_left_alone(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The petition has an estimated 1,400 signatures.", "an estimated 1,400")]
    [InlineData("There are plans for around 1,000 homes on the site of the former paper mill.", "around 1,000")]
    [InlineData("The network covers about 12 million premises.", "about 12 million")]
    [InlineData("The plan comes as about 350 council homes stand empty across the city.", "about 350")]
    [InlineData("The auction raised more than $500 million.", "more than $500 million")]
    public void The_nearest_claims_are_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));
}
