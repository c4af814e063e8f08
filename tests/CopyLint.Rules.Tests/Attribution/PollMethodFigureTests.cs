namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a poll's method: the size of its samples ("samples of about 1,000 adults", "Sample sizes ranged from
/// about 1,000", "Sample sizes vary, with about 45,000 interviews a week") is how the survey was done, not a finding;
/// beside it, a count that is no sample stays reported.
/// </summary>
public sealed class PollMethodFigureTests
{
    [Theory]
    [InlineData("The surveys were conducted by phone or face to face throughout 2025, with samples of about 1,000 adults in most countries.")]
    [InlineData("The October 2026 readings are based on rolling samples of about 4,000 adults per brand, with a margin of error of plus or minus 2 percentage points.")]
    [InlineData("Interviews were carried out by phone, face to face or online, depending on the country. Sample sizes ranged from about 1,000 to 2,500 per country.")]
    [InlineData("Morning Consult bases its ratings on a seven-day moving average of online interviews. Sample sizes vary, with about 45,000 interviews a week in the United States.")]
    public void A_poll_s_sample_size_is_its_method(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("The floods were the worst in decades, with about 1,000 homes damaged in most districts.")]
    [InlineData("Police have questioned about 45,000 people a week in the United States since the rules changed.")]
    [InlineData("The council took samples, and about 4,000 homes were found to have lead pipes.")]
    public void A_count_that_is_no_sample_is_still_reported(string text) => Assert.Single(RuleHarness.Lint(text, "CL3001"));
}
