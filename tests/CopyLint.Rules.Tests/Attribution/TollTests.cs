using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on bare magnitudes in words ("hundreds of", "tens of thousands of", "billions of dollars"): the reporter's description, left alone,
/// unless they count people or animals killed, hurt, displaced or held (rules/lists/figure-toll-words.txt), a toll a
/// newsroom always wants sourced. Figures with digits or number words of their own are claims as before.
/// </summary>
public sealed class TollTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("Snowstorms closed airports across the north-east on Sunday, stranding tens of thousands of passengers.")]
    [InlineData("The outage at the cloud provider took thousands of websites offline for several hours.")]
    [InlineData("Police used tear gas to disperse hundreds of people outside parliament.")]
    [InlineData("A strike by air traffic controllers forced airlines to cancel hundreds of flights on Thursday.")]
    [InlineData("Thousands of people marched through the city.")]
    [InlineData("Hundreds of people gathered in the square on Sunday to mourn the victims.")]
    [InlineData("Thousands attended the funerals of those killed in the attack.")]
    [InlineData("Hundreds turned out to honour the dead.")]
    [InlineData("The artillery could be worth billions of dollars.")]
    [InlineData("The bloc has frozen billions of euros in grants to the region.")]
    public void A_bare_magnitude_that_describes_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Thousands of people were killed in the fighting.", "Thousands")]
    [InlineData("Tens of thousands of people have been displaced by the floods.", "Tens of thousands")]
    [InlineData("Hundreds were arrested after the match.", "Hundreds")]
    [InlineData("The floods killed hundreds across the region.", "hundreds")]
    [InlineData("Security forces detained hundreds of protesters in the capital.", "hundreds")]
    [InlineData("The storm left hundreds dead along the coast.", "hundreds")]
    [InlineData("Thousands have fled their homes since the fighting began.", "Thousands")]
    [InlineData("Thousands of cattle died in the drought.", "Thousands")]
    [InlineData("Hundreds of the senator's supporters were arrested.", "Hundreds")]
    [InlineData("The earthquake injured thousands and destroyed the old town.", "thousands")]
    public void A_toll_in_any_shape_is_reported(string text, string figure)
    {
        var diagnostic = Assert.Single(Figures(text));

        Assert.StartsWith($"'{figure}'", diagnostic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Thousands of people were killed in the fighting, the UN said.")]
    [InlineData("Hundreds were arrested after the match, police said.")]
    public void A_sourced_toll_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Snowstorms closed airports, stranding an estimated 15,000 passengers.", "an estimated 15,000")]
    [InlineData("About 40,000 people marched through the city.", "About 40,000")]
    [InlineData("The outage took half a million websites offline.", "half a million")]
    [InlineData("The artillery could be worth a billion dollars.", "a billion dollars")]
    public void Figures_with_digits_or_number_words_are_still_claims(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void Without_of_a_magnitude_with_no_toll_is_no_figure() =>
        Assert.Equal(
            "This claim is sourced only by 'reportedly': name who says so",
            Assert.Single(RuleHarness.Lint("Fans came in their thousands, and hundreds more watched online, reportedly.", "CL3001", "CL3002")).Message);

    [Fact]
    public void A_description_is_still_reported_with_exact_figures_and_under_a_hedge()
    {
        const string text = "The outage reportedly took thousands of websites offline.";
        var exact = LintSettings.Default with
        {
            RuleOptions = new Dictionary<string, RuleOptions>
            {
                ["CL3001"] = new(new Dictionary<string, OptionValue> { ["exact_figures"] = OptionValue.Of("true") }),
            },
        };

        Assert.Empty(Figures("The outage took thousands of websites offline."));
        Assert.Contains(RuleHarness.Lint("The outage took thousands of websites offline.", exact), d => d.Id == "CL3001");
        Assert.Contains(RuleHarness.Lint(text, "CL3002"), d => d.Message.StartsWith("'thousands'", StringComparison.Ordinal));
    }
}
