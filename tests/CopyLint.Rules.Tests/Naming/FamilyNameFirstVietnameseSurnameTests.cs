namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2002 on Vietnamese family names beyond the commonest few ("Dao"): the family name alone is the wrong short reference.</summary>
public sealed class FamilyNameFirstVietnameseSurnameTests
{
    private static string[] Wrong(string text) => [.. RuleHarness.Lint(text, "CL2002").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Story = "Hanoi red-light fines cut violations\n\nColonel Dao Thanh Hai, deputy director of the Hanoi police traffic division, said violations had fallen.\n\n";

    [Fact]
    public void The_family_name_dao_alone_is_reported() =>
        Assert.Equal(["Dao"], Wrong(Story + "\"People are stopping at red lights now,\" Dao said."));

    [Fact]
    public void The_given_name_is_left_alone() =>
        Assert.Empty(Wrong(Story + "\"People are stopping at red lights now,\" Hai said."));
}
