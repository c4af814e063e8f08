namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on figures of record: whom a rule binds ("would require … outlets that receive more than 20 percent of their
/// funding from abroad to register"), a count set against the threshold a rule requires ("above the 50,000 required"), a
/// body's planned size ("will eventually number around 5,000 soldiers"), what a thing can cost in general ("can cost
/// 50,000 kroner or more") and a currency's move against the dollar; beside each, the claim that stays reported.
/// </summary>
public sealed class RuleBindingPlannedSizeAndCurrencyMoveTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("The bill would require non-governmental organizations and media outlets that receive more than 20 percent of their funding from abroad to register as agents.")]
    [InlineData("The bill was initiated by a group of civic organisations that collected more than 60,000 signatures, above the 50,000 required for a popular initiative under Armenian law.")]
    [InlineData("The brigade was formally established in Lithuania in April. It will eventually number around 5,000 soldiers.")]
    [InlineData("Many Norwegians wear a bunad, a traditional costume. A new bunad can cost 50,000 kroner or more, so many are inherited.")]
    [InlineData("The Uzbek som has weakened about 2% against the dollar this year.")]
    public void A_figure_of_record_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Media outlets that receive more than 20 percent of their funding from abroad were raided on Tuesday.", "more than 20 percent")]
    [InlineData("The group collected more than 60,000 signatures, above the 50,000 it had hoped for.", "more than 60,000")]
    [InlineData("After the quake the dead will number about 5,000.", "about 5,000")]
    [InlineData("The war could cost 50,000 kroner or more per family.", "50,000 kroner")]
    [InlineData("The economy has weakened about 2% this year.", "about 2%")]
    public void The_same_figure_as_a_claim_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));
}
