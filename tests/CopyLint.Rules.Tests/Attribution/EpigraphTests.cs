namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3003: an epigraph or pull quote credited after a dash names its speaker; a dash in running copy does not.</summary>
public sealed class EpigraphTests
{
    [Theory]
    [InlineData("The album sold poorly at first.\n\n> \"He played the fiddle as if the tune had only just occurred to him.\" — the critic Nuala O'Faolain, in 1982\n\nIt was reissued in 1995.")]
    [InlineData("The album sold poorly at first.\n\n\"He played the fiddle as if the tune had only just occurred to him.\" — Nuala O'Faolain\n\nIt was reissued in 1995.")]
    [InlineData("The album sold poorly at first.\n\n> “He played the fiddle as if the tune had only just occurred to him.” – Paddy Moloney, 1998\n\nIt was reissued in 1995.")]
    public void A_quotation_credited_after_a_dash_in_its_own_paragraph_is_attributed(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("The album sold poorly at first.\n\n\"He played the fiddle as if the tune had only just occurred to him.\" — That was the verdict of the day.\n\nIt was reissued in 1995.")]
    [InlineData("The album sold poorly at first, and \"he played the fiddle as if the tune had only just occurred to him\" — Nuala O'Faolain\n\nIt was reissued in 1995.")]
    [InlineData("The album sold poorly at first.\n\n\"He played the fiddle as if the tune had only just occurred to him.\" — the band split up. Moloney went on alone.")]
    public void A_dash_that_opens_prose_or_follows_running_copy_is_no_credit(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3003"));
}
