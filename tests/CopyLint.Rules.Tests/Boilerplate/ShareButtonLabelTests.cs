namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>Round-4 held-out surveys: a share block's labels, one to a line, go with the fix.</summary>
public sealed class ShareButtonLabelTests
{
    [Fact]
    public void The_fix_deletes_every_label_under_the_share_prompt()
    {
        const string text = "The men fled, police said.\n\nShare this story\nFacebook\nTwitter\nEmail\n\nDairy owners asked for more patrols.\n";
        var edit = Assert.Single(Assert.Single(RuleHarness.Lint(text, "CL1113")).Fixes.Single().Edits);
        Assert.Equal("The men fled, police said.\n\nShare this story\n\nDairy owners asked for more patrols.\n", text.Remove(edit.Span.Start, edit.Span.Length));
    }

    [Fact]
    public void A_block_that_leads_with_email_goes_with_the_fix()
    {
        const string text = "They clapped, he said.\n\nShare this article\nCopy link\nEmail\nFacebook\nX (Twitter)\n\nThe tour opens in May.\n";
        var edit = Assert.Single(Assert.Single(RuleHarness.Lint(text, "CL1113")).Fixes.Single().Edits);
        Assert.Equal("They clapped, he said.\n\nShare this article\nCopy link\n\nThe tour opens in May.\n", text.Remove(edit.Span.Start, edit.Span.Length));
    }

    [Theory]
    [InlineData("Contact\n\nEmail\nFacebook\n\nThe office opens at nine.\n")]
    [InlineData("Share this article\n\nEmail\nThe office replied on Monday, she said.\n")]
    public void An_email_line_not_under_the_prompt_or_over_copy_is_left_alone(string text) => Assert.Empty(RuleHarness.Lint(text, "CL1113"));

    [Fact]
    public void A_label_line_not_under_the_prompt_is_left_alone() =>
        Assert.Empty(RuleHarness.Lint("Platforms\n\nFacebook\nTwitter\n\nMeta said it would cut jobs.\n", "CL1113"));

    [Fact]
    public void WordPress_like_button_under_its_prompt_goes_with_the_fix()
    {
        const string text = "The President said the plan would create jobs.\n\nLike this:\nLike Loading...\n\nThe plan goes to Cabinet next week.\n";
        var finding = Assert.Single(RuleHarness.Lint(text, "CL1113"));
        var edit = Assert.Single(finding.Fixes.Single().Edits);
        Assert.Equal("The President said the plan would create jobs.\n\nThe plan goes to Cabinet next week.\n", text.Remove(edit.Span.Start, edit.Span.Length));
    }

    [Fact]
    public void A_like_this_line_with_no_like_button_under_it_is_left_alone() =>
        Assert.Empty(RuleHarness.Lint("The chef folds the dough twice. Like this:\n\nFold it in half, then in half again.\n\nLike this:\nThe dough should be smooth.\n", "CL1113"));
}
