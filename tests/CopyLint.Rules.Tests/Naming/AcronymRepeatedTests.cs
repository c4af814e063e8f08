namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004's reporting policy, measured on eleven survey rounds: an acronym the story's copy names three times or more and
/// never spells out is a name it treats as known, and one first named in a quotation is the speaker's; an acronym named
/// once or twice, or named before the name it stands for, is still reported.
/// </summary>
public sealed class AcronymRepeatedTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("BYD founder Wang Chuanfu said the price war was unsustainable. BYD sold 4.3 million cars last year, and BYD's share of exports rose.")]
    [InlineData("Fidan said the PKK/YPG terror group must not be allowed to stay. The YPG is its Syrian offshoot, and the PKK has fought Turkey since 1984. The PKK and the YPG deny it.")]
    [InlineData("The team is pushing the FIA for clarity. The FIA said the rules were clear. An FIA delegate will visit the factory.")]
    public void An_acronym_named_three_times_and_never_spelled_out_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("\"The police, health, forest and KSRTC teams will work under a single control room,\" the minister said.")]
    [InlineData("\"We did not lose because MK appeared from nowhere,\" Mbalula said. Delegates said MK had taken their votes.")]
    [InlineData("\"The KSRTC teams will work from one room,\" he said.\n\nThe Kerala State Road Transport Corporation (KSRTC) will run 550 buses.")]
    public void An_acronym_first_named_in_a_quotation_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Security queues reached 75 minutes. The DAA said it had hired more staff.", "DAA")]
    [InlineData("Fishermen were told to stay ashore, according to the latest IMD bulletin. The IMD has forecast heavy rain.", "IMD")]
    [InlineData("Engineers at the plant warned the PSNI. The PSNI said it was investigating.", "PSNI")]
    [InlineData("Prices fell 2%, the ONS said. The Office for National Statistics (ONS) publishes the figures monthly. The ONS said rents rose.", "ONS")]
    [InlineData("He served 38 years with the RNLI in Cornwall.\n\nHe joined the Royal National Lifeboat Institution's crew in 1961. The RNLI's chief executive paid tribute.", "RNLI")]
    [InlineData("\"We called them,\" she said. Two days later the DAA said it had hired more staff.", "DAA")]
    public void An_acronym_named_once_or_before_its_name_is_still_reported(string text, string acronym) =>
        Assert.Equal([acronym], Acronyms(text));
}
