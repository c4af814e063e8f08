using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// What the attribution family's shared models must keep apart and carry over: the figures in words the candidate
/// screen must let through, one source map per shape of settings in a run, and sources carried from paragraph to paragraph.
/// </summary>
public sealed class SharedModelTests
{
    [Theory]
    [InlineData("A third of voters backed the plan.", "A third")]
    [InlineData("Tens of thousands of people were displaced by the floods.", "Tens of thousands")]
    [InlineData("Half a million people fled the fighting.", "Half a million")]
    [InlineData("The plant makes two million shells a year.", "two million")]
    [InlineData("One-fifth of homes lost power in the storm.", "One-fifth")]
    [InlineData("Three-quarters of the members voted to strike.", "Three-quarters")]
    public void Figures_in_words_are_found_from_their_magnitude_or_fraction(string sentence, string figure)
    {
        var diagnostic = Assert.Single(RuleHarness.Lint(sentence, "CL3001"));

        Assert.Contains($"'{figure}'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Several people and a few dozen others waited for two hours.")]
    [InlineData("Half of the ninety-nine delegates left after one vote.")]
    public void Small_number_words_alone_are_not_figures(string sentence)
    {
        Assert.Empty(RuleHarness.Lint(sentence, "CL3001", "CL3002"));
    }

    [Theory]
    [InlineData("sentence", "paragraph", true, false)]
    [InlineData("paragraph", "sentence", false, true)]
    public void Rules_with_different_reach_in_one_run_each_read_their_own(string figureReach, string quoteReach, bool figureFound, bool quoteFound)
    {
        const string text = "About 15,000 soldiers have been sent. The war began in 2022. The ministry said the figure could rise.\n\n"
            + "Residents gathered in the square. \"We will not give up on this town, whatever happens to us.\" The crowd cheered. The mayor said it twice.";
        var settings = LintSettings.Default with
        {
            RuleOptions = new Dictionary<string, RuleOptions>
            {
                ["CL3001"] = new(new Dictionary<string, OptionValue> { ["reach"] = OptionValue.Of(figureReach) }),
                ["CL3003"] = new(new Dictionary<string, OptionValue> { ["reach"] = OptionValue.Of(quoteReach) }),
            },
        };

        var found = RuleHarness.Lint(text, settings);

        Assert.Equal(figureFound, found.Any(d => d.Id == "CL3001"));
        Assert.Equal(quoteFound, found.Any(d => d.Id == "CL3003"));
    }

    [Fact]
    public void Verbs_that_differ_only_in_case_attribute_alike_for_every_rule()
    {
        const string text = "About 15,000 soldiers have been sent, the ministry grumbled.\n\nSome 2,000 more reportedly followed.";
        var settings = LintSettings.Default with
        {
            RuleOptions = new Dictionary<string, RuleOptions>
            {
                ["CL3001"] = new(new Dictionary<string, OptionValue> { ["attribution_verbs"] = OptionValue.Of(["Grumble"]) }),
                ["CL3002"] = new(new Dictionary<string, OptionValue> { ["attribution_verbs"] = OptionValue.Of(["grumble"]) }),
            },
        };

        var found = RuleHarness.Lint(text, settings);

        Assert.Single(RuleHarness.Lint(text, "CL3001"));
        Assert.DoesNotContain(found, d => d.Id == "CL3001");
        Assert.Contains("'reportedly'", Assert.Single(found, d => d.Id == "CL3002").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_opening_with_a_figure_of_the_same_kind_continues_the_source_before()
    {
        const string sourced = "About 15,000 soldiers have been sent, the ministry said.\n\n";

        Assert.Empty(RuleHarness.Lint(sourced + "About 3,000 more soldiers arrived on Monday.", "CL3001"));
        Assert.Single(RuleHarness.Lint(sourced + "The war could cost about £3bn.", "CL3001"));
        Assert.Single(RuleHarness.Lint(sourced + "The convoy left on Monday. About 3,000 more soldiers arrived later.", "CL3001"));
        Assert.Single(RuleHarness.Lint(sourced + "TROOPS\n\nAbout 3,000 more soldiers arrived on Monday.", "CL3001"));
    }

    [Fact]
    public void A_sourced_figure_that_needs_no_source_hands_none_on()
    {
        const string next = "\n\nAbout 3,000 more soldiers arrived on Monday.";

        // A forecast needs no source, so the ministry's sources no figure that the next paragraph's could continue.
        Assert.Single(RuleHarness.Lint("The deployment is expected to reach about 15,000 soldiers, the ministry said." + next, "CL3001"));
        Assert.Empty(RuleHarness.Lint("About 12,000 soldiers are there and the total is expected to reach about 15,000, the ministry said." + next, "CL3001"));
    }
}
