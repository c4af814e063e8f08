using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>Boilerplate fixes delete the junk whole, with its line breaks, and leave no blank hole in the copy.</summary>
public sealed class BoilerplateFixTests
{
    [Theory]
    [InlineData(
        "Talks resumed on Monday.\nThe vote is on Friday.\nYou may also like\nCelebrity chef opens restaurant\nPerishers - 10th May 2025\n",
        "Talks resumed on Monday.\nThe vote is on Friday.\n")]
    [InlineData(
        "Talks resumed on Monday.\nYou may also like\nCelebrity chef opens restaurant",
        "Talks resumed on Monday.")]
    [InlineData(
        "Talks resumed on Monday.\n\nMost read\n\nCelebrity chef opens restaurant\n\nStorm warning for the weekend\n",
        "Talks resumed on Monday.\n")]
    [InlineData(
        "Talks resumed on Monday.\n\nKim Jong Un visits a munitions factory (Korean Central News Agency/Korea News Service/AP)\n\nThe vote is on Friday.\n",
        "Talks resumed on Monday.\n\nThe vote is on Friday.\n")]
    [InlineData(
        "Kim praised the workers.\nKim Jong Un is pictured visiting a factory. Kim has called for more shells.\nRead more: https://t.co/2nr10f5wAq pic.twitter.com/5utUhtNA4V\n— ABC News (@ABC) May 7, 2025\nAnalysts were cautious.\n",
        "Kim praised the workers.\nAnalysts were cautious.\n")]
    [InlineData(
        " date 2025-05-07 North Korean leader Kim Jong Un has called for more shells.\n",
        "North Korean leader Kim Jong Un has called for more shells.\n")]
    [InlineData(
        "Published: 10:32 BST, 7 May 2025 | Updated: 11:05 BST, 7 May 2025\nSterling rose on Tuesday.\nAdvertisement\nShares fell.\n",
        "Sterling rose on Tuesday.\nShares fell.\n")]
    [InlineData(
        "Talks resumed.\nFirefighters help a resident into a boat on Friday. (Helen Marsh/AP)\nThe river crested.\n",
        "Talks resumed.\nThe river crested.\n")]
    [InlineData(
        "The minister left the meeting early after a row over the budget, aides said, and she did not return for the vote that followed, which the government won by 14 votes after a debate that ran for most of the afternoon and into the evening, with several backbenchers abstaining. Opposition leaders said the result showed the coalition was divided and called for an early election. (Photo: Reuters)\n",
        "The minister left the meeting early after a row over the budget, aides said, and she did not return for the vote that followed, which the government won by 14 votes after a debate that ran for most of the afternoon and into the evening, with several backbenchers abstaining. Opposition leaders said the result showed the coalition was divided and called for an early election.\n")]
    [InlineData(
        "Output fell 0.2%.\nA worker at a car plant in Zwickau, Germany, October 2, 2024. REUTERS/Matthias Rietschel/File Photo\nExports slowed.\n",
        "Output fell 0.2%.\nExports slowed.\n")]
    [InlineData(
        "Output fell 0.2%.\nEPA-EFE/FILIP SINGER\nExports slowed.\n",
        "Output fell 0.2%.\nExports slowed.\n")]
    public void Fixing_removes_the_junk_and_keeps_the_copy(string text, string fixedText) =>
        Assert.Equal(fixedText, Fix(text));

    [Fact]
    public void A_related_content_cue_without_headlines_under_it_is_left_alone()
    {
        const string Text = "Recommended\nThe committee's recommended changes were published on Tuesday.\n";
        Assert.Empty(RuleHarness.Lint(Text, ["CL1001"]));
    }

    [Fact]
    public void A_related_content_block_spans_the_cue_and_its_headlines()
    {
        const string Text = "Talks resumed.\nMore from Sky News\nStorm Darragh: Thousands still without power\nRail strike called off\nThe vote is on Friday.\n";

        var diagnostic = Assert.Single(RuleHarness.Lint(Text, ["CL1001"]));

        Assert.Equal(2, diagnostic.Start.Line);
        Assert.Equal(4, diagnostic.End.Line);
    }

    private static string Fix(string text)
    {
        // Fixes that touch each other are applied over passes, as `copylint check --fix` does.
        for (var pass = 0; pass < 5; pass++)
        {
            var found = RuleHarness.Lint(text).Where(d => d.Descriptor.Category is RuleCategory.Boilerplate or RuleCategory.Typography).ToList();
            if (found.Count == 0)
            {
                break;
            }

            text = FixApplier.Apply(text, FixApplier.FirstFixes(found)).Text;
        }

        return text;
    }
}
