namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a standing share the copy calls estimated ("Remittances account for an estimated 48 percent of Tajikistan's
/// GDP"): someone's estimate, which wants its estimator; the same share stated as background stays unreported.
/// </summary>
public sealed class EstimatedStandingShareTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Fact]
    public void A_standing_share_called_estimated_is_reported() =>
        Assert.Contains(Figures("Remittances account for an estimated 48 percent of Tajikistan's GDP, making it one of the most remittance-dependent economies in the world."),
            m => m.StartsWith("'an estimated 48 percent'", StringComparison.Ordinal));

    [Fact]
    public void The_same_share_as_background_is_still_left_alone() =>
        Assert.Empty(Figures("Remittances account for about 48 percent of Tajikistan's GDP, making it one of the most remittance-dependent economies in the world."));
}
