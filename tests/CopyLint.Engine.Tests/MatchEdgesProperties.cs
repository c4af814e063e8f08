using System.Text.RegularExpressions;
using CopyLint.Engine.Packs;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Engine.Tests;

/// <summary>
/// <see cref="MatchEdges"/> lets a line-scope rule skip the regex engine for a line whose first or last character no
/// match can have: it must never skip a line the engine matches, whatever the pattern and case option.
/// </summary>
public sealed class MatchEdgesProperties
{
    private static readonly string[] Atoms =
    [
        "a", "B", "k", "K", "s", "é", "\u212A", " ", "-", "\\.", "\\ ", "\\(", "\\s", "\\S", "\\w", "\\d", ".", "[a-c]", "[^x]", "[A-Z]",
        "[.!]", "[\\w.&-]", "[]a]", "[a-]", "[é-ü]", "\\b", "\\B", "^", "$", "\\A", "\\z", "(?=a)", "(?!b)", "(?<=a)", "(?<!\\s)",
        "\\p{Lu}", "[\\p{L}]", "{", "}", "]", "#", "\\1", "\\x41", "\\u00e9", "(?i:a)", "(?m)", "[a-c-[b]]",
    ];

    private static readonly string[] Quantifiers = ["", "", "", "?", "*", "+", "{0,2}", "{1}", "{2,}", "??", "*?", "{1,3}?", "{,2}"];

    private static readonly string[] TextFragments = ["a", "A", "b", "B", "k", "K", "\u212A", "s", "ſ", "é", "É", "ü", ".", "!", " ", "x", "-", "&", "(", "1", "\n", "\t", "{"];

    private static Gen<string> Sequence(int depth) =>
        Many(Gen.OneOf(depth > 0 ? [Piece(), Group(depth - 1)] : new[] { Piece() }), 0, 4).Select(string.Concat);

    private static Gen<string> Piece() =>
        from atom in Gen.Elements(Atoms)
        from quantifier in Gen.Elements(Quantifiers)
        select atom + quantifier;

    private static Gen<string> Group(int depth) =>
        from open in Gen.Elements("(?:", "(", "(?<n>", "(?>", "(?=", "(?<!")
        from body in Alternation(depth)
        from quantifier in Gen.Elements(Quantifiers)
        select $"{open}{body}){quantifier}";

    private static Gen<string> Alternation(int depth) =>
        Many(Sequence(depth), 1, 3).Select(parts => string.Join("|", parts));

    private static Gen<T[]> Many<T>(Gen<T> item, int min, int max) => Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(item, n));

    private static Arbitrary<(string Pattern, string Text, bool IgnoreCase)> Cases() =>
        (from pattern in Alternation(2)
         from text in Many(Gen.Elements(TextFragments), 0, 6).Select(string.Concat)
         from ignoreCase in Gen.Elements(false, true)
         select (pattern, text, ignoreCase)).ToArbitrary();

    [Property(MaxTest = 3000)]
    public Property A_line_the_engine_matches_is_never_rejected() =>
        Prop.ForAll(Cases(), c =>
        {
            var regex = TryRegex($"^(?:{c.Pattern})$", c.IgnoreCase);
            var edges = MatchEdges.Read(c.Pattern, c.IgnoreCase);
            if (regex is null || edges is null || !HasNonEmptyMatch(regex, c.Text))
            {
                return true;
            }

            return edges.MayBeWhole(c.Text) || (c.Text is [.. var rest, '\n'] && edges.MayBeWhole(rest));
        });

    [Fact]
    public void Lines_of_prose_are_rejected_by_the_edges_of_boilerplate_patterns()
    {
        var advert = MatchEdges.Read(@"(?:\bAdvertisement\b)|(?:\bSponsored\s+content\b)", ignoreCase: true)!;
        var credit = MatchEdges.Read(@"(?:(?:[A-Z][\w.&-]* ){0,3}via Getty Images)", ignoreCase: false)!;

        Assert.True(advert.MayBeWhole("ADVERTISEMENT"));
        Assert.True(advert.MayBeWhole("sponsored content"));
        Assert.False(advert.MayBeWhole("Advertising revenue fell by a third."));
        Assert.False(advert.MayBeWhole("\"Advertisement\""));
        Assert.True(credit.MayBeWhole("AFP via Getty Images"));
        Assert.False(credit.MayBeWhole("the photo ran via Getty Images"));
        Assert.False(credit.MayBeWhole("Getty Images said."));
    }

    [Fact]
    public void Ignoring_case_the_Kelvin_sign_is_a_k_both_ways()
    {
        Assert.Matches(new Regex("^k$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase), "\u212A");
        Assert.True(MatchEdges.Read("k", ignoreCase: true)!.MayBeWhole("\u212A"));
        Assert.True(MatchEdges.Read("\u212A", ignoreCase: true)!.MayBeWhole("k"));
        Assert.False(MatchEdges.Read("k", ignoreCase: false)!.MayBeWhole("\u212A"));
    }

    [Theory]
    [InlineData(@"(?i)advert")]
    [InlineData(@"a\1")]
    [InlineData(@"[a-z-[aeiou]]")]
    [InlineData(@"(?(x)a|b)")]
    [InlineData(@"\x41")]
    public void Constructs_it_cannot_read_give_up_rather_than_guess(string pattern) =>
        Assert.Null(MatchEdges.Read(pattern, ignoreCase: false));

    private static bool HasNonEmptyMatch(Regex regex, string text)
    {
        try
        {
            return regex.Matches(text).Any(m => m.Length > 0);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Regex? TryRegex(string pattern, bool ignoreCase)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
