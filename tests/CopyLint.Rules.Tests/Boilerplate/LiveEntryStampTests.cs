namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>CL1005 and a live page's entry times: stamps that head three or more entries are the page's structure.</summary>
public sealed class LiveEntryStampTests
{
    private static string Entry(string stamp, string copy) => stamp + "\n\n" + copy + "\n\n";

    [Fact]
    public void Stamps_heading_three_entries_are_a_live_page()
    {
        var text = "Storm live: thousands without power\n\n"
            + Entry("Thu 26 Nov 2026 18.40 GMT", "We are going to wrap up our live coverage here.")
            + Entry("Thu 26 Nov 2026 17.55 GMT", "Electricity North West has given an update on reconnections.")
            + Entry("**Thu 26 Nov 2026 17.20 GMT**", "### Rail lines closed\n\nNetwork Rail said it would inspect lines overnight.");
        Assert.Empty(RuleHarness.Lint(text, "CL1005"));
    }

    [Fact]
    public void A_page_stamp_at_the_top_and_the_foot_is_still_reported()
    {
        var text = Entry("Sat 7 Jun 2025 06.00 BST", "The council said exports rose.")
            + "The mayor welcomed the figures.\n\n"
            + "Sat 7 Jun 2025 06.00 BST\n";
        Assert.Equal(2, RuleHarness.Lint(text, "CL1005").Count);
    }

    [Fact]
    public void Stamps_stacked_without_entries_under_them_are_still_reported()
    {
        var text = "The council said exports rose.\n\nSat 7 Jun 2025 06.00 BST\nSat 7 Jun 2025 06.10 BST\nSat 7 Jun 2025 06.20 BST\n";
        Assert.Equal(3, RuleHarness.Lint(text, "CL1005").Count);
    }

    [Fact]
    public void Labelled_fields_at_the_top_of_a_live_page_are_still_reported()
    {
        var text = "Published: 10:32 BST, 7 May 2025 | Updated: 11:05 BST, 7 May 2025\n\n"
            + Entry("Wed 7 May 2025 11.05 BST", "The council said exports rose.")
            + Entry("Wed 7 May 2025 10.50 BST", "The mayor welcomed the figures.")
            + Entry("Wed 7 May 2025 10.32 BST", "Good morning and welcome to our live coverage.");
        Assert.Single(RuleHarness.Lint(text, "CL1005"));
    }
}
