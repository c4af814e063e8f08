namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>CL1003's credit in brackets ending a caption line: its parts between slashes or "via", or one part alone.</summary>
public sealed class BracketedCreditTests
{
    private static int Reports(string line) => RuleHarness.Lint("Output fell on Tuesday.\n" + line + "\nExports slowed.", "CL1003").Count();

    [Theory]
    [InlineData("Crowds gather in the square (Reuters)")]
    [InlineData("Crowds gather in the square (AP Photo)")]
    [InlineData("Crowds gather in the square (Photo: Ahn Young-joon)")]
    [InlineData("Crowds gather in the square (Korean Central News Agency/Korea News Service/AP)")]
    [InlineData("Crowds gather in the square (Jane Doe/Reuters)")]
    [InlineData("Crowds gather in the square (AFP via Getty Images)")]
    [InlineData("Crowds gather in the square (Jane Doe/Photo by Lee)")]
    [InlineData("Crowds gather in the square (Jane Doe/Reuters/)")]
    [InlineData("Photo: Kim Soo-jin at the bakery in Gurye. (Tom Ashworth/The Observer)")]
    [InlineData("Picture: Crowds gather in the square (Jane Doe/Evening Chronicle)")]
    [InlineData("By the river, a man mends his nets (Reuters)")]
    [InlineData("By Tuesday the square was full (Jane Doe/Reuters)")]
    [InlineData("Photo: Zhang Wei outside the commission in Melbourne. (Supplied: Transport Workers' Union)")]
    [InlineData("Crowds gather in the square (Supplied: Jane Doe)")]
    [InlineData("Jerusalem Marathon winner Haile Wondimu crosses the finish line at Sacher Park. (Yonatan Sindel/Flash90)")]
    public void A_bracket_that_credits_a_picture_is_reported(string line) => Assert.Equal(1, Reports(line));

    [Theory]
    [InlineData("Crowds gather in the square (Reuters reported)")]
    [InlineData("Crowds gather in the square (Jane Doe/John Roe)")]
    [InlineData("Jerusalem Marathon winner Haile Wondimu crosses the finish line at Sacher Park. (Yonatan Sindel/Miriam Cohen)")]
    [InlineData("Crowds gather in the square (Jane Doe/)")]
    [InlineData("Crowds gather in the square (on/off)")]
    [InlineData("Crowds gather in the square ()")]
    [InlineData("Kim Soo-jin at the bakery in Gurye. (Tom Ashworth/The Observer)")]
    [InlineData("Kim Soo-jin, the baker (Tom Ashworth/The Observer)")]
    [InlineData("The union cited the figures in its claim (supplied to the commission in March)")]
    public void A_bracket_that_names_no_agency_or_cue_is_not(string line) => Assert.Equal(0, Reports(line));

    [Theory]
    [InlineData("By Olga Kharif (Bloomberg)")]
    [InlineData("By Jane Doe and John Roe (AP)")]
    [InlineData("By Jane Doe, John Roe and Ann Lee (Reuters)")]
    public void A_byline_with_its_agency_is_not_a_credit(string line) => Assert.Equal(0, Reports(line));
}
