namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001 on the thresholds of a rule: a value verb before the figure in a conditional clause or a definition.</summary>
public sealed class ThresholdTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("First-time buyers pay no stamp duty on the first £300,000 of a property worth up to £500,000.")]
    [InlineData("If the property costs more than £500,000, they pay the same rates as other buyers.")]
    [InlineData("Anyone earning more than £100,000 loses part of the personal allowance.")]
    [InlineData("The surcharge applies unless the home is valued at less than £250,000.")]
    public void A_threshold_in_a_rule_is_not_a_claim(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The house is worth more than £500,000.", "more than £500,000")]
    [InlineData("He bought a house worth more than £2m last year.", "more than £2m")]
    [InlineData("If about 15,000 soldiers are sent, the war will escalate.", "about 15,000")]
    [InlineData("The scheme costs more than £500,000 a year.", "more than £500,000")]
    public void A_value_stated_as_fact_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void A_sourced_value_is_left_alone() =>
        Assert.Empty(RuleHarness.Lint("The house is worth more than £500,000, agents say.", "CL3001", "CL3002"));

    [Theory]
    [InlineData("The deal requires approval from two-thirds of Northmark's shareholders.")]
    [InlineData("The bill needs the support of at least 60 senators to pass.")]
    [InlineData("The motion must win the backing of more than half of the members.")]
    public void The_share_a_vote_requires_is_a_threshold(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The plan has the support of about two-thirds of voters.", "about two-thirds")]
    [InlineData("The fire required the evacuation of about 5,000 residents.", "about 5,000")]
    public void Support_won_or_a_requirement_that_counts_people_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("To get the maximum, a buyer would need to have paid at least €30,000 in income tax over the four years before applying.")]
    [InlineData("Applicants are required to have raised more than $50,000 from private donors.")]
    public void The_condition_of_an_eligibility_rule_is_a_threshold(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Buyers paid at least €30,000 in income tax over the four years before applying.", "at least €30,000")]
    [InlineData("The fire must have destroyed about 500 homes.", "about 500")]
    public void A_sum_paid_or_a_guess_at_a_toll_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The changes would require environmental groups that take judicial reviews to have been in existence for at least three years and to have at least 100 members.")]
    [InlineData("Government departments will work from 9am to 2.30pm and may allow up to 50 per cent of staff to work remotely on Fridays.")]
    public void What_a_rule_requires_one_to_hold_or_permits_is_a_threshold(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Many groups appear to have at least 100 members.", "at least 100")]
    [InlineData("The floods may have affected up to 50 per cent of homes.", "up to 50 per cent")]
    public void A_holding_no_rule_requires_or_a_bound_no_rule_permits_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("A new council tax surcharge will apply to homes in England worth more than £2m.")]
    [InlineData("Workers who earned more than $150,000 in wages from their employer in the previous year will have to make catch-up contributions on a Roth basis.")]
    public void A_threshold_held_by_a_class_past_a_place_or_a_relative_pronoun_is_not_a_claim(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("He bought a house in London worth more than £2m last year.", "more than £2m")]
    [InlineData("Workers earned more than $150,000 in overtime last year.", "more than $150,000")]
    public void One_thing_s_value_or_what_a_class_earned_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("A property investor needs to own property worth at least Dh2 million.")]
    [InlineData("For famine to be classified, three thresholds must be met: at least 20 per cent of households face an extreme lack of food; at least 30 per cent of children aged six months to five years are acutely malnourished.")]
    public void A_value_or_a_listed_condition_a_requirement_governs_is_a_threshold(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The investor owns property worth at least Dh2 million.", "at least Dh2 million")]
    [InlineData("The fund earned stakes worth about $5 billion last year.", "about $5 billion")]
    [InlineData("In Gaza, three thresholds were met: at least 20 per cent of households face an extreme lack of food.", "at least 20 per cent")]
    [InlineData("The agency must act: about 40,000 people need help.", "about 40,000")]
    public void A_value_held_or_a_condition_met_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));
}
