namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on names a trade's copy gives by their initials alone: standards bodies in a story about standards, French
/// union confederations, Boeing's 737 MAX, the news site STAT in drug copy, a union after "the more moderate", and a
/// state agency written with a slash ("Cal/OSHA"); beside each, the nearest acronym that must still be spelled out.
/// </summary>
public sealed class AcronymTradeBodiesAndStateAgencyTests
{
    private static string[] Acronyms(string text) => [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The European standardisation bodies CEN, CENELEC and ETSI are drafting more than 40 technical standards under the law.")]
    [InlineData("PARIS, Oct 2 (Reuters) - French unions marched again on Thursday. Marylise Léon, leader of the CFDT, said the government had to move.")]
    [InlineData("The strike at Boeing halted production of the 737 MAX and other commercial jets for seven weeks.")]
    [InlineData("Two drugmakers cut staff again this week. Sources told STAT that the agency's drug center had lost more than 1,000 employees.")]
    public void Names_a_trade_knows_by_their_initials_are_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The body CEN is drafting more than 40 rules under the law.", "CEN")]
    [InlineData("The strike halted production of the MAX and other jets for seven weeks.", "MAX")]
    [InlineData("Workers marched again on Thursday. Marylise Léon, leader of the CFDT, said the government had to move.", "CFDT")]
    [InlineData("Sources told STAT that the agency had lost more than 1,000 employees.", "STAT")]
    public void The_same_initials_outside_their_trade_are_still_reported(string text, string acronym) => Assert.Equal([acronym], Acronyms(text));

    [Fact]
    public void A_union_after_the_degree_of_its_adjective_is_left_alone() =>
        Assert.Empty(Acronyms("Marylise Léon, leader of the more moderate CFDT union, said the government had to make concrete gestures soon."));

    [Fact]
    public void A_union_after_the_degree_of_its_adjective_with_no_kind_noun_is_still_reported() =>
        Assert.Equal(["CFDT"], Acronyms("Marylise Léon, leader of the more moderate CFDT, said the government had to make concrete gestures soon."));

    [Fact]
    public void A_state_agency_written_after_a_slash_is_left_alone() =>
        Assert.Empty(Acronyms("Cal/OSHA's indoor heat standard took effect in 2024, and we used it. We filed a complaint and an inspector came out."));

    [Fact]
    public void The_same_agency_alone_is_still_reported() =>
        Assert.Equal(["OSHA"], Acronyms("OSHA's indoor heat standard took effect in 2024, and we used it. We filed a complaint and an inspector came out."));
}
