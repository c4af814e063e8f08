namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Footer prompts that name a product, an app or a messenger (CL1102, CL1103, CL1104, CL1108) and a picture's
/// provenance or courtesy standing alone ("Photo/Supplied", "Image courtesy of Sizewell C", CL1106), beside sentences of copy that use the same words.
/// </summary>
public sealed class ProductPromptAndProvenanceCreditTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("Subscribe to NK Pro for in-depth analysis and our North Korea data tools.", "CL1103")]
    [InlineData("Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles.", "CL1103")]
    [InlineData("Download the Khaleej Times app for breaking news alerts.", "CL1104")]
    [InlineData("Download the app for the latest business news", "CL1104")]
    [InlineData("For more UAE news, follow Gulf News on WhatsApp.", "CL1108")]
    [InlineData("Follow our coverage at straitstimes.com", "CL1108")]
    [InlineData("Share this story: Facebook Twitter Viber", "CL1102")]
    [InlineData("Photo/Supplied", "CL1106")]
    [InlineData("Image / File", "CL1106")]
    [InlineData("Image courtesy of Sizewell C", "CL1106")]
    [InlineData("Tweet this | Share on LinkedIn | Email", "CL1102")]
    public void A_footer_prompt_or_bare_provenance_credit_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Subscribe to NK Pro for in-depth analysis, the company urged its clients in a letter.", "CL1103")]
    [InlineData("Download the Khaleej Times app, the minister told the audience, and see for yourself.", "CL1104")]
    [InlineData("Download the app for the latest bus times, the council urged passengers, and plan ahead.", "CL1104")]
    [InlineData("For more UAE news, he said, people follow Gulf News on WhatsApp.", "CL1108")]
    [InlineData("Residents shared the story on Facebook, Twitter and Viber within hours.", "CL1102")]
    [InlineData("The photo was supplied by the family.", "CL1106")]
    [InlineData("Image courtesy of Sizewell C, the developer said, shows the site.", "CL1106")]
    [InlineData("Tweet this | Share on LinkedIn | Email us your views, the editor asked.", "CL1102")]
    public void A_sentence_using_the_same_words_is_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
