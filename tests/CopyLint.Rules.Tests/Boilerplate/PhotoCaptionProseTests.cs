namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>CL1004 after a paragraph that names a photo: prose describing that photo, unless it is a bare caption line.</summary>
public sealed class PhotoCaptionProseTests
{
    private static int Captions(string text) => RuleHarness.Lint(text, "CL1004").Count();

    private const string Caption = "Maria Fernandes is pictured standing in the doorway on the morning the bakery opened in 1971.";

    [Fact]
    public void A_paragraph_describing_the_photo_named_just_before_is_prose() =>
        Assert.Equal(0, Captions("There is a photograph on the wall that regulars point out to newcomers.\n\n" + Caption));

    [Theory]
    [InlineData("The bakery opened on a Saturday morning.\n\n")]
    [InlineData("A video posted on social media showed the queue outside.\n\n")]
    [InlineData("There is a photograph on the wall\n\n")]
    [InlineData("")]
    public void The_same_paragraph_without_a_photo_named_before_is_a_caption(string before) =>
        Assert.Equal(1, Captions(before + Caption));

    [Fact]
    public void A_caption_line_without_a_full_stop_is_reported_even_after_a_photo() =>
        Assert.Equal(1, Captions("There is a photograph on the wall.\n\n" + Caption.TrimEnd('.')));
}
