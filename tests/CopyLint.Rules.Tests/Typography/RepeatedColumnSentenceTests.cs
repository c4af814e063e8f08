namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5003 on a columnist's paragraph in the first person plural pasted twice in a row, beside the publisher's line in
/// the same voice that names and counts nothing, which stays page furniture.
/// </summary>
public sealed class RepeatedColumnSentenceTests
{
    private const string Before = "Every underwriter over the age of 40 has a story about the soft market. We lost the account.";
    private const string After = "I raise this because the mood at the January renewals felt familiar.";

    [Fact]
    public void A_column_paragraph_in_the_first_person_plural_that_names_something_pasted_twice_is_reported()
    {
        const string line = "Within a year, Harvey, Irma and Maria had taken tens of billions of dollars out of the market, and the account came back at a price we could live with.";
        var text = $"{Before}\n\n{line}\n\n{line}\n\n{After}\n";

        var found = Assert.Single(RuleHarness.Lint(text, ["CL5003"]));

        Assert.Equal("This paragraph already appears on line 3", found.Message);
    }

    [Fact]
    public void A_publisher_line_in_the_first_person_plural_that_names_nothing_is_still_left_alone()
    {
        const string line = "We use cookies on this site and on the sites of our partners for analytics and for advertising.";
        var text = $"{Before}\n\n{line}\n\n{line}\n\n{After}\n";

        Assert.Empty(RuleHarness.Lint(text, ["CL5003"]));
    }
}
