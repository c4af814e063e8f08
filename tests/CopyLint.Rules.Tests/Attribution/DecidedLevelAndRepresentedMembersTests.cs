namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a body's own figures named in the sentence that reports them: the level a parliament voted to raise
/// spending to, and the members a union represents named before "it represents"; each beside the nearest claim of the
/// same shape, which is still reported.
/// </summary>
public sealed class DecidedLevelAndRepresentedMembersTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Fact]
    public void The_level_a_body_voted_to_raise_a_thing_to_is_its_decision() =>
        Assert.Empty(Figures("Lithuania's parliament, the Seimas, voted on Tuesday to raise defence spending to at least 6% of gross domestic product from 2027."));

    [Fact]
    public void A_level_no_one_decided_in_the_sentence_is_still_a_claim() =>
        Assert.Contains("at least 6%", Figures("Lithuania raised defence spending to at least 6% of gross domestic product this year."));

    [Fact]
    public void The_members_a_union_represents_are_its_own_size() =>
        Assert.Empty(Figures("The union is demanding a pay rise of 8.5% over 12 months for about 10,000 drivers and other train staff it represents."));

    [Fact]
    public void The_workers_a_company_employs_named_so_are_still_a_claim() =>
        Assert.Contains("about 10,000", Figures("The union is demanding a pay rise of 8.5% over 12 months for about 10,000 drivers and other train staff it employs."));
}
