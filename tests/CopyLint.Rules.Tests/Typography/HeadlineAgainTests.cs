namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// A headline printed again under itself is one defect, which CL5003 reports at the copy; CL5002 leaves it there, and
/// still reports a line too short for CL5003 written again. A wire dateline alone on its line above the story's first
/// line, which opens with it again, is CL5002's.
/// </summary>
public sealed class HeadlineAgainTests
{
    private const string Story = "\n\nThe 1.4GW North Sea Link interconnector between Britain and Norway tripped on Tuesday, the system operator said.\n";

    [Fact]
    public void A_headline_printed_again_under_itself_is_reported_once_at_the_copy()
    {
        var text = "Brief: Norway link trips, cutting imports\n\nBrief: Norway link trips, cutting imports" + Story;
        Assert.Empty(RuleHarness.Lint(text, "CL5002"));
        Assert.Equal(3, Assert.Single(RuleHarness.Lint(text, "CL5003")).Start.Line);
    }

    [Fact]
    public void A_headline_too_short_for_CL5003_written_again_is_still_reported()
    {
        var text = "Norway link trips again\n\nNorway link trips again" + Story;
        Assert.Empty(RuleHarness.Lint(text, "CL5003"));
        Assert.Single(RuleHarness.Lint(text, "CL5002"));
    }

    [Fact]
    public void A_dateline_alone_above_the_story_that_opens_with_it_again_is_reported()
    {
        const string text = "Guyana oil output tops 900,000 bpd\n\nGEORGETOWN, Nov 18 (Energy Wire) -\n\nGEORGETOWN, Nov 18 (Energy Wire) - Guyana's crude output exceeded 900,000 barrels per day in October, the ministry said.\n";
        var found = Assert.Single(RuleHarness.Lint(text, "CL5002"));
        Assert.Equal(3, found.Start.Line);
    }

    [Fact]
    public void A_dateline_alone_above_a_story_that_opens_otherwise_is_left_alone()
    {
        const string text = "Guyana oil output tops 900,000 bpd\n\nGEORGETOWN, Nov 18 (Energy Wire) -\n\nGuyana's crude output exceeded 900,000 barrels per day in October, the ministry said.\n";
        Assert.Empty(RuleHarness.Lint(text, "CL5002"));
    }
}
