namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Page furniture a fifth survey of unseen copy found missed (a site's disclaimer, a tip line, an inbox prompt with a
/// tail, a share button beside the comment counter, a photographer-and-outlet credit, a follow prompt that also asks
/// for a subscription), beside prose that mentions the same things and must stay silent.
/// </summary>
public sealed class FurnitureLineShapeTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1110", "Disclaimer: The views and investment tips expressed by experts on Moneycontrol are their own and not those of the website or its management.")]
    [InlineData("CL1110", "Disclaimer: Views expressed are the author's own.")]
    [InlineData("CL1104", "Got a confidential news tip? We want to hear from you.")]
    [InlineData("CL1104", "Have you got a story tip?")]
    [InlineData("CL1103", "Get this delivered to your inbox, and more info about our products and services.")]
    [InlineData("CL1107", "Share this story | Comments (412)")]
    [InlineData("CL1107", "Share | 1,204 comments")]
    [InlineData("CL1106", "Photo by: Abdi Hassan / Devex")]
    [InlineData("CL1106", "Photo by Ahn Young-joon/AP")]
    [InlineData("CL1106", "Photo by Related Group; Illustration by The Real Deal")]
    [InlineData("CL1108", "*Follow Devex on X and LinkedIn for the latest in global development news, and subscribe to Devex Newswire.*")]
    public void A_furniture_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1110", "Disclaimer: the author owns shares in the company.")]
    [InlineData("CL1110", "The disclaimer said the views expressed were the expert's own, the regulator noted.")]
    [InlineData("CL1104", "Got a tip? Police want to hear from anyone who saw the car, Supt Ryan said.")]
    [InlineData("CL1104", "Got a confidential news tip, the reporter called the council.")]
    [InlineData("CL1103", "Get this delivered to your inbox, the minister joked about the report.")]
    [InlineData("CL1107", "Share this story with your MP, the campaign urged.")]
    [InlineData("CL1106", "Photo by photo, the archive is being put online.")]
    [InlineData("CL1106", "Photo by Abdi Hassan shows the dry borehole near Garowe.")]
    [InlineData("CL1106", "Photo by Related Group; illustration by a local artist, the council said.")]
    [InlineData("CL1108", "Follow us on X for the latest news, and subscribe, she urged her fans, to the channel.")]
    public void Prose_that_mentions_the_same_things_is_not(string id, string line) => Assert.Equal(0, Reports(id, line));
}
