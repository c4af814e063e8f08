namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the ways wire and local copy introduce an acronym without brackets: a name closing the sentence before
/// ", or" and initials in its own language, a body named for a function each state gives one body, a product named by
/// its acronym before its kind, a gloss naming it an acronym, a body with its place in apposition, a paragraph's first
/// word in capitals, companies in a wrap's list of movers, a survey's sponsor before a long index title, and parties
/// local copy names by their initials; beside each, the nearest form that stays reported.
/// </summary>
public sealed class AcronymIntroductionFormTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("His victory ended nearly two decades of rule by the Movement Toward Socialism, or MAS.")]
    [InlineData("Pensions will rise 2.3% next month, the social security agency ANSES confirmed.")]
    [InlineData("Prices rose 0.09% in October, according to statistics agency IBGE, below forecasts.")]
    [InlineData("The IMF and the Andean development bank CAF will lend $3 billion to rebuild reserves.")]
    [InlineData("Fares rise on December 1 for passengers using a registered SUBE card, the city said.")]
    [InlineData("The peso firmed and yields on the government's TES bonds due in 2033 were stable.")]
    [InlineData("The floods are known in Spain as the DANA, after the Spanish acronym for the weather phenomenon that caused them.")]
    [InlineData("The hotel federation in Mallorca, FEHM, criticised the plan.")]
    [InlineData("Treaty text published\n\nTHE full text of the treaty has been published, more than four years after the talks began.")]
    [InlineData("Among losers, Fast Retailing slipped 0.8%, and KDDI fell 1.1%.")]
    [InlineData("Technology shares were mixed. ASML fell 1.2% and Infineon rose 0.6%.")]
    [InlineData("Activity grew in November, the HCOB flash composite purchasing managers' index showed.")]
    [InlineData("The PSOE and its junior partner Sumar hold 152 of the 350 seats in Spain's lower house.")]
    [InlineData("Under a deal between the PSC and ERC, a new company will run trains in Catalonia.")]
    public void An_acronym_introduced_in_the_copys_own_way_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("His victory ended nearly two decades of rule by the Movement for Change, or KFRA.", "KFRA")]
    [InlineData("Pensions will rise 2.3% next month, the rebel security agency KFRA confirmed.", "KFRA")]
    [InlineData("Prices rose 0.09% in October, according to agency KSTAT, below forecasts.", "KSTAT")]
    [InlineData("The IMF and the development bank KFRA will lend $3 billion to rebuild reserves.", "KFRA")]
    [InlineData("Fares rise on December 1 for passengers who use the SUBE, the city said.", "SUBE")]
    [InlineData("The floods are known in Spain as the DANA, after the storm that caused them.", "DANA")]
    [InlineData("Officials in Mallorca, FEHM, criticised the plan.", "FEHM")]
    [InlineData("Treaty text published\n\nFEHM criticised the plan on Monday, more than four years after the talks began.", "FEHM")]
    [InlineData("The figure was clear: KDDI fell 1.1% on Tuesday.", "KDDI")]
    [InlineData("Activity grew in November, the HCOB flash composite purchasing managers' figures showed.", "HCOB")]
    [InlineData("The PSOE and its junior partner Sumar hold 152 of the 350 seats in the lower house.", "PSOE")]
    public void The_nearest_unexplained_form_is_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
