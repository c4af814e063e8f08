namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Page furniture as US politics, legal trade and obituary pages print it: an embedded post flattened on to one line,
/// a date-first stamp before its update, a byline run into its time, audio-player controls, the print-edition line,
/// contact, reprint and syndication footers, "Go deeper:", "Related Topics:" and "More obituaries" links, a feedback
/// question, the comments link and an emoji-led or photographer's credit; beside each, prose with the same words that
/// must stay silent.
/// </summary>
public sealed class OutletFooterLinkAndStampVariantTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1002", "> We're not going to comment on personnel rumors. — Kush Desai (@KushDesai47) November 14, 2025")]
    [InlineData("CL1002", "The vote is a disgrace! — Jane Smith (@janesmith) 7 May 2025")]
    [InlineData("CL1005", "Nov. 12, 2025, 3:04 PM EST | Updated: Nov. 12, 2025, 5:30 PM EST")]
    [InlineData("CL1005", "By Telegraph Obituaries 14 November 2025 • 6:00pm")]
    [InlineData("CL1107", "Listen · 3:47 | Download | Embed | Transcript")]
    [InlineData("CL1107", "Listen · 12:05")]
    [InlineData("CL1109", "A version of this article appears in print on Nov. 15, 2025, Section A, Page 24 of the New York edition with the headline: Zhang Weiguo, 83, Champion of China's Private Firms.")]
    [InlineData("CL1109", "To contact the reporter on this story: Lydia Beyoud in Washington at lbeyoud@bloomberglaw.com")]
    [InlineData("CL1109", "To contact the editors responsible for this story: Maria Chutchian at mchutchian@bloomberglaw.com")]
    [InlineData("CL1110", "For a reprint of this article, please contact reprints@law360.com.")]
    [InlineData("CL1110", "Reproduced from the Financial Times. © The Financial Times Ltd 2025. All rights reserved.")]
    [InlineData("CL1103", "*Sign up for POLITICO Playbook and get the latest news, every morning — in your inbox.*")]
    [InlineData("CL1103", "Get the latest Olympic sports news in your inbox. Sign up for our newsletter.")]
    [InlineData("CL1108", "Write to Dan Papscun. Follow us on LinkedIn.")]
    [InlineData("CL1116", "Was this briefing useful? Tell us what you think.")]
    [InlineData("CL1116", "Was this article helpful?")]
    [InlineData("CL1116", "Join the conversation: Comments")]
    [InlineData("CL1116", "Tap the heart if this story made your day!")]
    [InlineData("CL1001", "Go deeper: House GOP's midterm playbook, explained")]
    [InlineData("CL1001", "ICYMI: Honley CC celebrate 150th anniversary with match against Yorkshire legends")]
    [InlineData("CL1001", "In pictures: Eurostar's new double-decker train")]
    [InlineData("CL1001", "Don't miss: The best zoos to visit this winter")]
    [InlineData("CL1001", "MORE: First-home buyers in NSW: how stamp duty concessions work")]
    [InlineData("CL1001", "Related Topics: Obituaries, Falklands War, British Army")]
    [InlineData("CL1001", "More obituaries\n- Other lives: Jim Corrie, shepherd and poet\n- Other lives: Anne Mawson, headteacher")]
    [InlineData("CL1001", "More recalls: Frozen berries recalled nationally over hepatitis A fears")]
    [InlineData("CL1003", "📸 Photo: Nick Wass/AP")]
    [InlineData("CL1003", "Photo: The Securities and Exchange Commission headquarters in Washington. Photographer: Al Drago/Bloomberg")]
    public void A_furniture_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1002", "We're not going to comment on personnel rumors, Kush Desai (@KushDesai47) said on November 14, 2025")]
    [InlineData("CL1005", "Saturday 7 June 2025 • 7.30pm")]
    [InlineData("CL1107", "Listen to the 3:47 recording of the call, which the court released on Friday.")]
    [InlineData("CL1109", "A version of this law appears in the state code, the clerk said.")]
    [InlineData("CL1109", "To contact the union, members must write to its head office in Leeds.")]
    [InlineData("CL1110", "For a reprint of the 1962 map, the society charges £40, its secretary said.")]
    [InlineData("CL1110", "Reproduced from the council's minutes, the figures show a deficit of £2m.")]
    [InlineData("CL1103", "Sign up for Medicare Advantage and get extra dental cover, the insurer's advert says.")]
    [InlineData("CL1103", "Get the results in your inbox, the club told members, and sign up at the desk.")]
    [InlineData("CL1108", "Write to Dan Papscun. He follows the court on LinkedIn.")]
    [InlineData("CL1116", "Was this the right decision? Councillors will vote again in March.")]
    [InlineData("CL1116", "Join the conversation about the town's future at the library on Thursday.")]
    [InlineData("CL1116", "Tap the heart monitor twice if it freezes, nurses were told.")]
    [InlineData("CL1001", "Go deeper into the data, the report urged, because the averages hide the rural gap.")]
    [InlineData("CL1001", "The club's post, headed ICYMI, was shared 2,000 times.")]
    [InlineData("CL1001", "In pictures shot from the bridge, the river is brown with silt, the council said.")]
    [InlineData("CL1001", "Don't miss the lantern parade on Friday, the organisers said.")]
    [InlineData("CL1001", "More recalls are expected as testing widens, the agency said.")]
    [InlineData("CL1003", "📸 Photos from the parade are on page 4.")]
    public void The_same_words_in_prose_are_left_alone(string id, string line) => Assert.Equal(0, Reports(id, line));

    [Theory]
    [InlineData("In pictures: Sydney welcomes the Year of the Horse\n\nThousands lined the streets of Haymarket on Saturday for the parade.\n")]
    [InlineData("Watch: Moment the roof caves in at the old mill\n\nThe roof of the mill in Halifax collapsed on Sunday, the fire service said.\n")]
    public void A_gallery_or_video_label_opening_the_storys_own_headline_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL1001"));

    [Fact]
    public void The_same_label_under_the_headline_is_still_reported() =>
        Assert.Single(RuleHarness.Lint("Sydney welcomes the Year of the Horse\n\nIn pictures: the parade in Haymarket\n\nThousands lined the streets on Saturday.\n", "CL1001"));
}
