namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>CL1003's wire credit after a caption: an agency in capitals (or a paper's initials before "Photo"), a slash and names, ending the line.</summary>
public sealed class SlashCreditTests
{
    private static int Reports(string line) => RuleHarness.Lint("Output fell on Tuesday.\n" + line + "\nExports slowed.", "CL1003").Count();

    [Theory]
    [InlineData("A worker at a car plant in Zwickau, Germany, October 2, 2024. REUTERS/Matthias Rietschel/File Photo")]
    [InlineData("Police officers stand guard in Kyiv on Monday. REUTERS/Staff")]
    [InlineData("EPA-EFE/FILIP SINGER")]
    [InlineData("Residents queue for water from a tanker in Whitefield. DH Photo/Pushkar V")]
    public void A_caption_signed_by_a_wire_in_capitals_is_reported(string line) => Assert.Equal(1, Reports(line));

    [Theory]
    [InlineData("Support for the plan fell to 38%, a REUTERS/IPSOS poll showed.")]
    [InlineData("A Reuters/Ipsos poll published on Tuesday showed support at 38%")]
    [InlineData("AP/NORC poll: most Americans back the plan")]
    [InlineData("Reuters/Matthias Rietschel")]
    [InlineData("The figures were compiled by AP/NORC.")]
    [InlineData("Residents said the DH Photo/Video unit filmed the queue for water.")]
    public void Copy_that_names_a_wire_beside_a_slash_is_not(string line) => Assert.Equal(0, Reports(line));
}
