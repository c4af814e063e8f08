namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// A caption under its label with no brackets: "Caption: …" alone (CL1106) and "Photo: … Name/AFP via Getty Images",
/// the credit after the caption's last sentence or a copyright sign (CL1003).
/// </summary>
public sealed class LabelledCaptionTests
{
    private static IReadOnlyList<string> Ids(string line) =>
        [.. RuleHarness.Lint("Output fell on Tuesday, the ministry said.\n\n" + line + "\n\nExports slowed in March.\n", "CL1003", "CL1106").Select(d => d.Id)];

    [Theory]
    [InlineData("Caption: Firefighters walk through the burnt village of Ano Petra on Friday.")]
    [InlineData("Caption: A coast guard cutter off Semporna")]
    public void A_caption_under_its_label_is_reported(string line) => Assert.Equal(["CL1106"], Ids(line));

    [Theory]
    [InlineData("Photo: Soldiers carry a wounded comrade at the base on Sunday. Maria Lopez/AFP via Getty Images")]
    [InlineData("Photograph: Fans celebrate outside the stadium in Naples after the final whistle on Sunday night. Ciro Esposito/Reuters")]
    [InlineData("Picture: Residents wade through the flooded market in the old town as the river rises again. Staff/AP")]
    [InlineData("Photo: Firefighters battle a blaze near Arganil on Sunday © Paulo Novais/Lusa")]
    [InlineData("Photo: Roman Anthony reacts after hitting his first major league home run. Getty Images")]
    public void A_caption_under_its_cue_ending_in_a_credit_is_reported(string line) => Assert.Equal(["CL1003"], Ids(line));

    [Fact]
    public void A_caption_under_its_label_ending_in_a_bracketed_credit_is_reported_once() =>
        Assert.Equal(["CL1003"], Ids("Caption: Firefighters walk through the burnt village on Friday. (AP)"));

    [Theory]
    [InlineData("Caption: A child receives the MMR vaccine at a clinic in Oldham. Picture: Peter Byrne/PA Wire")]
    [InlineData("Image caption: An artist's impression of the new food hall. Image: Wrexham Council")]
    [InlineData("Caption: Students study at Fisher Library during the exam period. Photo: Honi Soit")]
    public void A_labelled_caption_ending_in_a_credit_after_its_cue_is_reported_once(string line) => Assert.Equal(["CL1003"], Ids(line));

    [Theory]
    [InlineData("Caption: the word the judges liked least was \"synergy\".")]
    [InlineData("The caption: Firefighters walk through the burnt village.")]
    [InlineData("Photo: Soldiers carry a wounded comrade at the base on Sunday. The army said the AFP/ELN attack failed")]
    [InlineData("Photo: Soldiers carry a wounded comrade at the base on Sunday. Officials blamed dissidents")]
    [InlineData("Soldiers carry a wounded comrade at the base on Sunday. Maria Lopez/Colombian Army")]
    [InlineData("Photo: Firefighters battle a blaze near Arganil on Sunday © 2025 Regional Council")]
    [InlineData("Photo: Roman Anthony reacts after hitting his first major league home run. Fenway Park")]
    public void Copy_and_captions_without_a_credit_are_left_alone(string line) => Assert.Empty(Ids(line));
}
