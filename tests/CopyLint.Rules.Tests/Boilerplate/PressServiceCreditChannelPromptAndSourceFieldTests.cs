namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Boilerplate lines from Central Asian, Caucasus and Baltic sites: a press office's picture credit (CL1003), Getty's
/// embed credit (CL1002), "Share on:" over the bare network names (CL1102), a like button and an outlet's channel prompt
/// (CL1108), an aggregator's source field that is only a web address or a portal's source and editor fields between bars (CL1109), and a notice with "(c)" and a full stop
/// after the year or with the outlet before the year (CL1110); beside each, prose with the same words.
/// </summary>
public sealed class PressServiceCreditChannelPromptAndSourceFieldTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("Photo: Akorda press service", "CL1003")]
    [InlineData("Embed from Getty Images", "CL1002")]
    [InlineData("Share on: Facebook Twitter LinkedIn", "CL1102")]
    [InlineData("Like us on Facebook", "CL1108")]
    [InlineData("The Astana Times is on Telegram. Join our channel to stay up to date.", "CL1108")]
    [InlineData("Join ST's Telegram channel and get the latest breaking news delivered to you.", "CL1108")]
    [InlineData("Follow Khaleej Times on WhatsApp Channels for the latest news.", "CL1108")]
    [InlineData("Follow us on Instagram and subscribe to our Telegram channel for the latest updates.", "CL1108")]
    [InlineData("Source: news.am", "CL1109")]
    [InlineData("Source: Global Times | Editor: Wang Xin | Views: 3,284", "CL1109")]
    [InlineData("Editor: Li Yan | Source: Xinhua", "CL1109")]
    [InlineData("Copyright (c) 2025. RFE/RL, Inc. All Rights Reserved.", "CL1110")]
    [InlineData("© LSM 2025", "CL1110")]
    public void The_boilerplate_line_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("The photo was released by the Akorda press service on Monday.", "CL1003")]
    [InlineData("Photographers were asked to embed from Getty Images only with permission.", "CL1002")]
    [InlineData("Share on: the council has not said how the fund would be split.", "CL1102")]
    [InlineData("Residents like us on Facebook were angry, she said.", "CL1108")]
    [InlineData("The Astana Times is on Telegram, where it posts every story.", "CL1108")]
    [InlineData("Join ST's Telegram channel, the editor said, and you will see the same stories twice.", "CL1108")]
    [InlineData("Protesters were told to join the group's Telegram channel for instructions.", "CL1108")]
    [InlineData("Source: the Office for National Statistics.", "CL1109")]
    [InlineData("Source: Global Times. The editor, Wang Xin, said the views were his own.", "CL1109")]
    [InlineData("Copyright in 2025 became a central issue for the union, she said.", "CL1110")]
    [InlineData("© figures for 2025 were not published.", "CL1110")]
    public void Prose_with_the_same_words_is_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
