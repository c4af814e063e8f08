namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004's reporting policy, measured on eleven survey rounds (/work/narrow-CL2004/TABLE.md): an acronym the story names
/// again and never spells out is a name it treats as known, and one first named in a quotation is the speaker's; an
/// acronym named once, or named before the name it stands for, is still reported.
/// </summary>
public sealed class AcronymRepeatedTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("BYD founder Wang Chuanfu said the price war was unsustainable. BYD sold 4.3 million cars last year.")]
    [InlineData("Fidan said the PKK/YPG terror group must not be allowed to stay. The YPG is its Syrian offshoot, and the PKK has fought Turkey since 1984.")]
    [InlineData("The ministry told companies including BYD, Geely and SAIC to cut prices. SAIC said it would comply.")]
    [InlineData("The lead rose, according to LSEG meteorologists. LSEG said imports fell slightly last week.")]
    [InlineData("RBC chief economist Craig Wright said rates would fall. RBC said it would cut jobs.")]
    [InlineData("Engineers at the plant warned the PSNI. The PSNI said it was investigating.")]
    public void An_acronym_named_again_and_never_spelled_out_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("\"The police, health, forest and KSRTC teams will work under a single control room,\" the minister said.")]
    [InlineData("\"We did not lose because MK appeared from nowhere,\" Mbalula said. Delegates said MK had taken their votes.")]
    [InlineData("\"The KSRTC teams will work from one room,\" he said.\n\nThe Kerala State Road Transport Corporation (KSRTC) will run 550 buses.")]
    public void An_acronym_first_named_in_a_quotation_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Security queues reached 75 minutes. The DAA said it had hired more staff.", "DAA")]
    [InlineData("Prices fell 2%, the ONS said. The Office for National Statistics (ONS) publishes the figures monthly. The ONS said rents rose.", "ONS")]
    [InlineData("He served 38 years with the RNLI in Cornwall.\n\nHe joined the Royal National Lifeboat Institution's crew in 1961. The RNLI's chief executive paid tribute.", "RNLI")]
    [InlineData("\"We called them,\" she said. Two days later the DAA said it had hired more staff.", "DAA")]
    public void An_acronym_named_once_or_before_its_name_is_still_reported(string text, string acronym) =>
        Assert.Equal([acronym], Acronyms(text));
}
