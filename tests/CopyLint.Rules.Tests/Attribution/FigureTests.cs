namespace CopyLint.Rules.Tests.Attribution;

/// <summary>Which figures CL3001 treats as claims, sentence by sentence, with no source anywhere.</summary>
public sealed class FigureTests
{
    [Theory]
    [InlineData("The army sent 15,000 soldiers to the front.", "15,000")]
    [InlineData("Nearly 5,000 were killed or injured in the fighting.", "Nearly 5,000")]
    [InlineData("The scheme will cost £1.2m over the decade.", "£1.2m")]
    [InlineData("Unemployment rose to about 5.2 per cent in the spring.", "about 5.2 per cent")]
    [InlineData("The plant makes a million shells a year.", "a million")]
    [InlineData("Two-thirds of the members voted to strike.", "Two-thirds")]
    [InlineData("Nearly a quarter of the field were withdrawn before the off.", "Nearly a quarter")]
    [InlineData("Thousands of people fled the fighting in the north.", "Thousands")]
    [InlineData("The death toll rose to more than 2,000 on Sunday.", "more than 2,000")]
    [InlineData("Britain's 15,000 troops in the region were put on alert.", "15,000")]
    [InlineData("The repairs will cost $3BN over the decade.", "$3BN")]
    [InlineData("The scheme will cost £1.5Bn over the decade.", "£1.5Bn")]
    [InlineData("The bailout could cost $2trn over the decade.", "$2trn")]
    [InlineData("The scheme will cost $12K over the decade.", "$12K")]
    [InlineData("The repairs will cost $3mn over the decade.", "$3mn")]
    [InlineData("Unemployment rose to about 12.5% in the spring.", "about 12.5%")]
    [InlineData("The army sent 1,500,000 soldiers to the front.", "1,500,000")]
    [InlineData("The army sent 2,500.5 soldiers to the front.", "2,500.5")]
    [InlineData("Over 12 lakh candidates appeared for the exam this year.", "Over 12 lakh")]
    [InlineData("The floods caused damage of more than ₹500 crore in the state.", "more than ₹500 crore")]
    public void Claim_bearing_figure_is_reported(string sentence, string figure)
    {
        var found = RuleHarness.Lint(sentence, "CL3001");

        var diagnostic = Assert.Single(found);
        Assert.Contains($"'{figure}'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The ceasefire was agreed on 7 May 2025 in Geneva.")]
    [InlineData("The talks began on May 7, 2025, at 10:30 in the morning.")]
    [InlineData("The factory was built in 1953.")]
    [InlineData("A 45-year-old man was arrested at the scene.")]
    [InlineData("The victim, aged 145, was the oldest man in the country.")]
    [InlineData("Jo Smith, 104, was the oldest resident of the home.")]
    [InlineData("The war has lasted more than 1,000 days.")]
    [InlineData("She finished 110th in the race.")]
    [InlineData("Leaders of the G20 met at the summit.")]
    [InlineData("Nato invoked Article 500 of the treaty.")]
    [InlineData("The crew of Apollo 11 returned in July.")]
    [InlineData("Arsenal won 3-1 and Saka scored in the 87th minute.")]
    [InlineData("The office is at 221 Baker Street in London.")]
    [InlineData("Readers can call 0800 123 4567 for advice.")]
    [InlineData("He ran 400 metres in the heat.")]
    [InlineData("Each-way terms are a quarter of the odds for the first three places.")]
    [InlineData("Root made 150 on the first day.")]
    [InlineData("The club has 64 points from 28 games.")]
    [InlineData("Sales rose 4% to £68bn in the year.")]
    [InlineData("Shares fell 3% in early trading.")]
    [InlineData("He was fined £660 and ordered to pay £185 costs.")]
    [InlineData("Winter fuel payments of up to £300 go to pensioners with incomes below £35,000.")]
    [InlineData("Homeowners can apply for grants of up to £7,500 towards a heat pump.")]
    [InlineData("All 298 people on board were killed.")]
    [InlineData("A dozen people were hurt.")]
    [InlineData("Roads Closed As 5,000 Flee")]
    [InlineData("The army sent 3M soldiers to the front.")]
    [InlineData("The army sent 3m soldiers to the front.")]
    [InlineData("The army sent 007 soldiers to the front.")]
    [InlineData("The scheme will cost $3xyz over the decade.")]
    [InlineData("The scheme will cost $50 over the decade.")]
    [InlineData("The Korean War, which ended in 1953, killed about 2.5 million people. Talks resumed in 2025.")]
    public void Figure_that_needs_no_source_is_left_alone(string sentence)
    {
        Assert.Empty(RuleHarness.Lint(sentence, "CL3001", "CL3002"));
    }
}
