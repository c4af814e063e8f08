namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Boilerplate forms seen across outlets: an outlet's newsletter with a short button (CL1103), the previous and next
/// links on one line (CL1107) and a bracketed notice with the circled c (CL1110); beside prose using the same words.
/// </summary>
public sealed class NamedNewsletterNavPairAndCircledCopyrightTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("Get RNS's weekly newsletter. Sign up here.", "CL1103")]
    [InlineData("Sign up here.", "CL1103")]
    [InlineData("Previous article | Next article", "CL1107")]
    [InlineData("[ⓒ The Korea Herald (www.koreaherald.com), All Rights Reserved]", "CL1110")]
    [InlineData("ⓒ Yonhap News Agency. All rights reserved.", "CL1110")]
    [InlineData("ⓒ Yonhap News Agency. All rights reserved. Unauthorized reproduction and redistribution prohibited.", "CL1110")]
    [InlineData("— Solomon Star News, Honiara | Copyright 2025 All rights reserved", "CL1110")]
    public void The_boilerplate_line_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Get RNS's weekly newsletter and you will see the same story, the pastor joked.", "CL1103")]
    [InlineData("She said the previous article and the next article had both been corrected.", "CL1107")]
    [InlineData("The Korea Herald said all rights reserved by the author had been respected.", "CL1110")]
    [InlineData("- The court heard the claim in 2025 | Copyright was not at issue, the judge said.", "CL1110")]
    [InlineData("Yonhap said all rights reserved. Unauthorized reproduction was not at issue, the judge said.", "CL1110")]
    public void Prose_with_the_same_words_is_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
