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
        "a", "B", "k", "K", "s", "é", "ab", "Ab", "bk", "sé", "a b", "kA", "\u212A", " ", "-", "\\.", "\\ ", "\\(", "\\s", "\\S", "\\w", "\\d", ".", "[a-c]", "[^x]", "[A-Z]",
        "[.!]", "[\\w.&-]", "[]a]", "[a-]", "[é-ü]", "\\b", "\\B", "^", "$", "\\A", "\\z", "(?=a)", "(?!b)", "(?<=a)", "(?<!\\s)",
        "\\p{Lu}", "[\\p{L}]", "“", "”", "[–—]", "[‘-”]", "…", "{", "}", "]", "#", "\\1", "\\x41", "\\u00e9", "(?i:a)", "(?m)", "[a-c-[b]]",
    ];

    private static readonly string[] Quantifiers = ["", "", "", "?", "*", "+", "{0,2}", "{1}", "{2,}", "??", "*?", "{1,3}?", "{,2}"];

    private static readonly string[] TextFragments = ["a", "A", "b", "B", "ab", "AB", "k", "K", "\u212A", "s", "ſ", "ı", "é", "É", "ü", ".", "!", " ", "x", "-", "&", "(", "1", "\n", "\t", "{", "“", "”", "–", "…", "\u00A0"];

    // A small alphabet on both sides, so that most patterns match some of the texts.
    private static readonly string[] DenseAtoms = ["a", "b", "k", "ab", "ba", "bk", ".", "[ab]", "\\w", "\\b", "$", "(?=a)"];

    private static readonly string[] DenseText = ["a", "b", "A", "B", "k", "K", "\u212A", " "];

    private static Gen<string> Sequence(string[] atoms, int depth) =>
        Many(Gen.OneOf(depth > 0 ? [Piece(atoms), Group(atoms, depth - 1), Group(atoms, depth - 1)] : new[] { Piece(atoms) }), 0, 3).Select(string.Concat);

    private static Gen<string> Piece(string[] atoms) =>
        from atom in Gen.Elements(atoms)
        from quantifier in Gen.Elements(Quantifiers)
        select atom + quantifier;

    private static Gen<string> Group(string[] atoms, int depth) =>
        from open in Gen.Elements("(?:", "(", "(?<n>", "(?>", "(?=", "(?<!")
        from body in Alternation(atoms, depth)
        from quantifier in Gen.Elements(Quantifiers)
        select $"{open}{body}){quantifier}";

    private static Gen<string> Alternation(string[] atoms, int depth) =>
        Many(Sequence(atoms, depth), 1, 3).Select(parts => string.Join("|", parts));

    private static Gen<T[]> Many<T>(Gen<T> item, int min, int max) => Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(item, n));

    private static Arbitrary<(string Pattern, string Text, bool IgnoreCase)> Cases(string[] atoms, string[] text, int length) =>
        (from pattern in Alternation(atoms, 2)
         from line in Many(Gen.Elements(text), 0, length).Select(string.Concat)
         from ignoreCase in Gen.Elements(false, true)
         select (pattern, line, ignoreCase)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property A_line_the_engine_matches_is_never_rejected() =>
        Prop.ForAll(Cases(Atoms, TextFragments, 6), IsNeverRejectedWhenItMatches);

    [Property(MaxTest = 600)]
    public Property A_line_the_engine_matches_is_never_rejected_small_alphabet() =>
        Prop.ForAll(Cases(DenseAtoms, DenseText, 4), IsNeverRejectedWhenItMatches);

    [Theory]
    [InlineData("(?:ab){0,2}k", "k", false)]
    [InlineData("(?:ab)?k", "k", false)]
    [InlineData("(?:ab)*?k", "k", false)]
    [InlineData("(?:ab|)k", "k", false)]
    [InlineData("(?=ab)abk", "abk", false)]
    [InlineData("a(?:b|k)+", "aKb", true)]
    [InlineData("bk", "B\u212A", true)]
    [InlineData("cookies\\b[^\\n]{0,9}", "COOKIES!", true)]
    [InlineData("x\\s*$", "x \n", false)]
    [InlineData("a{2,}b", "aaab", false)]
    [InlineData("(?:a|bc)+d", "bcabcd", false)]
    [InlineData("x(?:ab){0,9}y", "xababababy", false)]
    [InlineData("(?:[A-Z]\\w* ){0,3}via k", "Ab Cd via k", false)]
    [InlineData("[^.]{0,3}\\.a{3}", "xy.aaa", false)]
    [InlineData("(?:ab|)(?:cd)?e{1,2}f", "abcdeef", false)]
    [InlineData("a{,2}b{", "a{,2}b{", false)]
    [InlineData("(?i:ab)c", "ABc", false)]
    [InlineData("(?i:k)s", "\u212As", false)]
    [InlineData("“[^”]+”", "“Advertisement”", false)]
    [InlineData("[‘-”]\\w+[–—…]", "‘Reuters…", false)]
    [InlineData("(?:AP|PA)?[^a]…", "\u00A0…", true)]
    public void Matches_that_skip_an_optional_part_or_fold_case_are_never_rejected(string pattern, string text, bool ignoreCase)
    {
        Assert.True(HasNonEmptyMatch(TryRegex($"^(?:{pattern})$", ignoreCase)!, text));
        Assert.True(IsNeverRejectedWhenItMatches((pattern, text, ignoreCase)));
    }

    private static bool IsNeverRejectedWhenItMatches((string Pattern, string Text, bool IgnoreCase) c)
    {
        var regex = TryRegex($"^(?:{c.Pattern})$", c.IgnoreCase);
        var edges = MatchEdges.Read(c.Pattern, c.IgnoreCase);
        if (regex is null || edges is null || !HasNonEmptyMatch(regex, c.Text))
        {
            return true;
        }

        if (edges.MayBeWhole(c.Text) || (c.Text is [.. var rest, '\n'] && edges.MayBeWhole(rest)))
        {
            return true;
        }

        // The interpreter backtracks wrongly into a lazy loop's empty iteration (dotnet/runtime#123184): it finds
        // ^(?:|(?:ab|)*?..)$ in "KAKK", which the compiled and non-backtracking engines do not. A line only it matches
        // is no counter-example.
        return !HasNonEmptyMatch(TryRegex($"^(?:{c.Pattern})$", c.IgnoreCase, RegexOptions.Compiled)!, c.Text);
    }

    [Fact]
    public void Lines_of_prose_are_rejected_by_the_edges_of_boilerplate_patterns()
    {
        var advert = MatchEdges.Read(@"(?:\bAdvertisement\b)|(?:\bSponsored\s+content\b)", ignoreCase: true)!;
        var credit = MatchEdges.Read(@"(?:(?:Image|Photo) (?:copyright|source),? [^\n]{1,80})|(?:(?:[A-Z][\w.&-]* ){0,3}via Getty Images)", ignoreCase: false)!;

        Assert.True(advert.MayBeWhole("ADVERTISEMENT"));
        Assert.True(advert.MayBeWhole("sponsored content"));
        Assert.False(advert.MayBeWhole("Advertising revenue fell by a third."));
        Assert.False(advert.MayBeWhole("\"Advertisement\""));
        Assert.False(advert.MayBeWhole("“Advertisement”")); // curly quotes are no case of a letter, under ignore case too
        Assert.True(MatchEdges.Read("“[^”]+”", ignoreCase: true)!.MayBeWhole("“Advertisement”"));
        Assert.True(credit.MayBeWhole("AFP via Getty Images"));
        Assert.False(credit.MayBeWhole("the photo ran via Getty Images"));
        Assert.False(credit.MayBeWhole("AFP via Getty Images."));
        Assert.True(credit.MayBeWhole("Image source, EPA."));
        Assert.False(credit.MayBeWhole("The council met on Tuesday.")); // a capital first, a full stop last: no one alternative has both
        Assert.False(credit.MayBeWhole("getty images"));

        // Beyond the first character: a line opening "The…" or "Images…" is not "This site…" or "Image source…".
        var cookies = MatchEdges.Read(@"(?:(?:We|This (?:site|website)) uses? cookies\b[^\n]{0,200})", ignoreCase: true)!;
        Assert.True(cookies.MayBeWhole("This website uses cookies to improve your experience."));
        Assert.True(cookies.MayBeWhole("WE USE COOKIES"));
        Assert.False(cookies.MayBeWhole("The council met on Tuesday and agreed the budget."));
        Assert.False(cookies.MayBeWhole("This side of the river flooded."));
        Assert.False(credit.MayBeWhole("Images of the flood spread on Tuesday."));

        // A scoped "(?i:…)" folds case inside the group only, and no longer makes the reading give up.
        var fields = MatchEdges.Read(@"(?i:tags?|topics)\s*:\s*\w+(?:, \w+)*", ignoreCase: false)!;
        Assert.True(fields.MayBeWhole("TAGS: council, parking"));
        Assert.True(fields.MayBeWhole("topics: energy"));
        Assert.False(fields.MayBeWhole("The council met on Tuesday."));
        var author = MatchEdges.Read(@"(?i:by) [A-Z]\w+", ignoreCase: false)!;
        Assert.True(author.MayBeWhole("BY Smith"));
        Assert.False(author.MayBeWhole("by smith"));
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
    [InlineData(@"a{3,2}")]
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

    private static Regex? TryRegex(string pattern, bool ignoreCase, RegexOptions engine = RegexOptions.None)
    {
        try
        {
            return new Regex(pattern, engine | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
