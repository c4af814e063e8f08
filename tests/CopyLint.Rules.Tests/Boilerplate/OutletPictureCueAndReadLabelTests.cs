namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// An outlet's initials before the cue of its own picture closing a caption ("… ST PHOTO: GAVIN FOO", CL1003) and the
/// bare "READ:" label over another story's headline (CL1001), each beside copy of the same shape that must stay silent.
/// </summary>
public sealed class OutletPictureCueAndReadLabelTests
{
    private const string Before = "Resale prices rose for a sixth quarter.\n\n";
    private const string After = "\n\nThe board will publish its next figures in January, a spokesperson said.\n";

    private static IReadOnlyList<Engine.Diagnostic> Lint(string line, string id) => RuleHarness.Lint(Before + line + After, id);

    [Theory]
    [InlineData("Resale flats in Punggol. Buyers now need a bigger cash down payment. ST PHOTO: GAVIN FOO")]
    [InlineData("Commuters at Bishan station on Monday. ST PHOTO: KELVIN CHNG")]
    public void An_outlet_s_picture_cue_closing_a_caption_is_a_credit(string line) => Assert.Single(Lint(line, "CL1003"));

    [Theory]
    [InlineData("Buyers now need a bigger cash down payment, the HDB said. ST PHOTO: it shows a queue.")]
    [InlineData("Buyers now need a bigger cash down payment under the HDB PHOTO scheme, the board said.")]
    public void Capitals_before_a_cue_in_a_sentence_are_not(string line) => Assert.Empty(Lint(line, "CL1003"));

    [Theory]
    [InlineData("READ: Typhoon Kristine: Class suspensions for Friday, October 25")]
    [InlineData("Read: How the flood warnings work")]
    public void A_read_label_over_a_headline_is_related_content(string line) => Assert.Single(Lint(line, "CL1001"));

    [Theory]
    [InlineData("Read: the statement said the classes would resume on Monday after the storm had passed, and parents were told to check.")]
    [InlineData("Readers were told to check the list of suspended classes.")]
    public void A_read_label_over_a_sentence_of_copy_is_not(string line) => Assert.Empty(Lint(line, "CL1001"));
}
