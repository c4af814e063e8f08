namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// CL1003 reads a bracket that closes a line as a credit only when it is one: a Markdown link's target or a file path
/// never is, and a picture gallery, where most paragraphs are a caption with its credit, keeps its credits.
/// </summary>
public sealed class LinkTargetAndGalleryTests
{
    private static int Reports(string text) => RuleHarness.Lint(text, "CL1003").Count;

    private static int ReportsLine(string line) =>
        Reports("Output fell on Tuesday, the council said.\n\n" + line + "\n\nExports slowed, officials said.\n");

    [Theory]
    [InlineData("![Artist's impression of the Bramley depot scheme](/images/2025/bramley-depot.jpg)")]
    [InlineData("![Dancers on Ladbroke Grove (Photo: Reuters)](/images/carnival.jpg)")]
    [InlineData("[See the pictures](/images/gallery/carnival)")]
    [InlineData("Plans for the depot are on the council's website (images/2025/bramley-depot.png)")]
    [InlineData("An artist's impression of the scheme (/media/Images/depot-plan)")]
    [InlineData("[Photo: Reuters](https://www.reuters.com/pictures)")]
    public void A_link_target_or_file_path_is_not_a_credit(string line) => Assert.Equal(0, ReportsLine(line));

    [Theory]
    [InlineData("Firefighters help a resident into a boat on Friday. (Helen Marsh/AP)")]
    [InlineData("An artist's impression of the Bramley depot scheme (Photo: Leeds City Council/PA)")]
    [InlineData("An artist's impression of the scheme (Images/Reuters)")]
    [InlineData("Rescuers at the scene. (Reuters/Alamy)")]
    public void A_caption_closing_with_a_credit_is_still_reported(string line) => Assert.Equal(1, ReportsLine(line));

    private const string Gallery = """
        Notting Hill carnival: the best pictures

        Hundreds of thousands of people lined the route over the bank holiday weekend, the organisers said.

        Dancers lead the parade along Ladbroke Grove on Monday morning.
        Photograph: Sarah Lee/The Guardian

        A child in a feathered headdress at Sunday's family day.
        Photograph: Alishia Abodunde/Getty Images

        A sound system on Powis Square, one of 36 licensed this year.
        Photograph: Sarah Lee/The Guardian

        A masquerader rests on the kerb at the end of Monday's parade.
        Photograph: Guy Bell/Rex/Shutterstock
        """;

    [Fact]
    public void A_gallery_of_captions_with_their_credits_keeps_them() => Assert.Equal(0, Reports(Gallery));

    [Fact]
    public void A_lone_credit_in_a_news_story_is_reported()
    {
        const string Story = """
            The council approved the carnival's route on Tuesday after a three-hour meeting.

            Dancers lead the parade along Ladbroke Grove on Monday morning.
            Photograph: Sarah Lee/The Guardian

            Councillors voted 12 to 3 in favour, with two abstentions, a spokesperson said.

            The police said about 7,000 officers would be on duty each day.
            """;

        Assert.Equal(1, Reports(Story));
    }

    [Fact]
    public void Credits_among_more_paragraphs_of_copy_are_reported()
    {
        var copy = string.Concat(Enumerable.Range(1, 6).Select(i => $"\n\nCouncillors raised {i} objections at the meeting, a spokesperson said."));

        Assert.Equal(4, Reports(Gallery + copy));
    }

    [Fact]
    public void Two_captions_with_credits_are_not_a_gallery() =>
        Assert.Equal(2, Reports("""
            Dancers lead the parade along Ladbroke Grove on Monday morning.
            Photograph: Sarah Lee/The Guardian

            A child in a feathered headdress at Sunday's family day.
            Photograph: Alishia Abodunde/Getty Images
            """));
}
