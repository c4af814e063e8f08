namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Footers of local news sites: a newsletter sign-up after what it gives and a paywall's appeal (CL1103), a newsdesk's
/// call for stories and a broadcast promo (CL1104), a station's follow prompt with its channel, a follow widget and a
/// "don't miss" follow (CL1108), a copyright notice with "by" (CL1110), a comments notice (CL1116) and a related-links
/// label (CL1001); beside each, prose using the same words.
/// </summary>
public sealed class LocalNewsFooterPromptTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("Get the day's breaking news, entertainment ideas and a long read to enjoy. Sign up to receive our Evening Edition newsletter.", "CL1103")]
    [InlineData("Support local journalism. Subscribe to the Journal Sentinel today.", "CL1103")]
    [InlineData("Got a story? Email our newsdesk or message us on Facebook.", "CL1104")]
    [InlineData("Watch the full story on SBS World News at 6.30pm.", "CL1104")]
    [InlineData("Follow KCRA 3 on Facebook, X and Instagram for updates.", "CL1108")]
    [InlineData("Following this story? Tap the follow button to get alerts.", "CL1108")]
    [InlineData("Don't miss a story - follow StokeonTrentLive on Facebook.", "CL1108")]
    [InlineData("Follow SCMP on Facebook | Instagram | LinkedIn", "CL1108")]
    [InlineData("Enjoyed this article? Why not follow us on Facebook for more local news.", "CL1108")]
    [InlineData("Get the latest news on WhatsApp. Join our channel.", "CL1108")]
    [InlineData("Copyright 2025 by Capitol Broadcasting Company. All rights reserved.", "CL1110")]
    [InlineData("Reminder, this article has comments enabled.", "CL1116")]
    [InlineData("Don't miss the latest headlines — sign up to our newsletter here", "CL1103")]
    [InlineData("Thank you for reading The Citizen. Subscribe for unlimited access to our journalism.", "CL1103")]
    [InlineData("Follow The Times of Israel on Facebook and Instagram", "CL1108")]
    [InlineData("Follow Court & Court on Facebook and Instagram for the latest scores.", "CL1108")]
    [InlineData("Follow The Daily Star on Google News for the latest updates.", "CL1108")]
    [InlineData("Like us on Facebook and follow us on Twitter for the latest news.", "CL1108")]
    public void The_footer_line_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Residents who sign up to receive the council's newsletter will be told of road closures, she said.", "CL1103")]
    [InlineData("Readers were urged to support local journalism by the trust's chair, who called it a public good.", "CL1103")]
    [InlineData("Got a story about the floods, she asked, and the reporter nodded.", "CL1104")]
    [InlineData("Viewers can watch the full story on the council's website, a spokesperson said.", "CL1104")]
    [InlineData("Fans follow KCRA 3 on Facebook because its forecasts are good, she said.", "CL1108")]
    [InlineData("He said he would never tap the follow button on a politician's page.", "CL1108")]
    [InlineData("Follow SCMP on Facebook | Instagram | LinkedIn and you will see the same story three times, she said.", "CL1108")]
    [InlineData("Enjoyed this article? Why not follow us on Facebook, the mayor joked to the reporter.", "CL1108")]
    [InlineData("Get the latest news on WhatsApp, the minister told MPs, and ignore the rumours.", "CL1108")]
    [InlineData("The copyright on the film is held by Capitol Broadcasting Company, the court heard.", "CL1110")]
    [InlineData("The editor said this article has comments enabled because readers asked for it.", "CL1116")]
    [InlineData("Don't miss the latest headlines about the strike, the union told members, and sign up to our newsletter if you must.", "CL1103")]
    [InlineData("Thank you for reading The Citizen, the editor wrote, before urging readers to subscribe.", "CL1103")]
    [InlineData("Follow The Times of Israel on Facebook and Instagram and you will see the same story twice, she said.", "CL1108")]
    [InlineData("Follow Court & Court on Facebook and you will see the same scores twice, she said.", "CL1108")]
    [InlineData("Follow The Daily Star on Google News and you will see the same story twice, she said.", "CL1108")]
    [InlineData("Like us on Facebook and follow us on Twitter, the council urged residents in its flood leaflet.", "CL1108")]
    public void Prose_with_the_same_words_is_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));

    [Fact]
    public void A_more_coverage_label_over_headlines_is_related_content() =>
        Assert.Single(RuleHarness.Lint(Before + "More coverage:\nMPS lead paint timeline: What we know\nHow to get your child tested for lead" + After, "CL1001"));
}
