using System.Text.RegularExpressions;
using CopyLint.Engine.Packs;

namespace CopyLint.Engine.Tests;

/// <summary>
/// The literal a text-scope pattern's every match starts with: a text without it is never handed to the regex engine,
/// so a prefix must be read only where the pattern guarantees it.
/// </summary>
public sealed class LiteralPrefixTests
{
    [Theory]
    [InlineData(@"Share this (?:article|story|page)(?<=[.!?][ \t]{1,4}Share this (?:article|story|page))", false, "Share this ")]
    [InlineData("Advertisement", false, "Advertisement")]
    [InlineData(@"Read more: \w+", false, "Read more: ")]
    [InlineData("Shares?", false, "Share")]
    [InlineData("Photos* by", false, "Photo")]
    [InlineData("ab{2}c", false, "a")]
    [InlineData("Photo|Image", false, "")]
    [InlineData("Photo: (?:Getty|AP)|Credit", false, "")]
    [InlineData("(?:Photo|Image): ", false, "")]
    [InlineData(@"\bShare", false, "")]
    [InlineData("^Share", false, "")]
    [InlineData("[Ss]hare", false, "")]
    [InlineData(".hare", false, "")]
    [InlineData("(?i)share", false, "")]
    [InlineData("Share(?x) this # a comment with | in it", false, "")]
    [InlineData("Share[|(] this", false, "Share")]
    [InlineData("Share this", true, "Share this")]
    [InlineData("Back to top", true, "Bac")]
    [InlineData("Café menu", true, "Caf")]
    public void A_pattern_s_prefix_is_its_leading_literal_and_none_when_unsafe(string pattern, bool ignoreCase, string prefix) =>
        Assert.Equal(prefix, LiteralPrefix.Of(pattern, ignoreCase));

    [Theory]
    [InlineData("Share this", false, "Share")]
    [InlineData("C++ code", false, "C++")]
    [InlineData("Keep reading", true, "")]
    public void A_token_s_prefix_ends_at_its_first_space(string phrase, bool ignoreCase, string prefix) =>
        Assert.Equal(prefix, LiteralPrefix.OfToken(phrase, ignoreCase));

    [Fact]
    public void Every_character_kept_under_ignore_case_matches_in_the_regex_only_what_it_equals_ordinally()
    {
        var everyChar = string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c));
        for (var c = (char)0; c < 128; c++)
        {
            if (LiteralPrefix.Of(c.ToString(), ignoreCase: true) is not [var kept])
            {
                continue;
            }

            var matches = new Regex(Regex.Escape(kept.ToString()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Matches(everyChar);
            Assert.All(matches, m => Assert.True(string.Equals(m.Value, kept.ToString(), StringComparison.OrdinalIgnoreCase), $"{kept} ~ U+{(int)m.Value[0]:X4}"));
        }
    }

    [Fact]
    public void The_Kelvin_sign_that_the_regex_reads_as_k_gets_no_screen()
    {
        var rule = new PackRule(
            "HOUSE1", "house-rule", PackRuleKind.Existence, "Title", "'{match}'", RuleCategory.House, Severity.Warning, "Why.",
            IgnoreCase: true, PackScope.Text, [], ["kilo"], PackFix.None, [], "house.yaml");

        Assert.Equal((0, 4), PackMatcher.Create(rule).SingleMatch("\u212Ailo"));
    }
}
