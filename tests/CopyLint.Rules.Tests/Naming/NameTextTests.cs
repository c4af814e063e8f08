using CopyLint.Rules.Naming;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Rules.Tests.Naming;

public sealed class NameTextTests
{
    [Fact]
    public void Spellings_of_one_name_share_a_key_and_its_hash()
    {
        string[] spellings = ["Al-Assad", "al Assad", "alassad", "AL-ASSAD"];
        Assert.All(spellings, s => Assert.Equal("alassad", NameText.Key(s)));
        Assert.Single(spellings.Select(NameText.KeyHash).Distinct());
        Assert.Equal(NameText.KeyHash("Al-Assad"), NameText.KeyHash("al’Assad"));
        Assert.NotEqual(NameText.KeyHash("Zelensky"), NameText.KeyHash("Zelenskyy"));
    }

    [Fact]
    public void An_okina_or_a_modifier_apostrophe_is_no_part_of_the_key()
    {
        Assert.Equal("laauli", NameText.Key("Laʻauli"));
        Assert.Equal(NameText.KeyHash("Laauli"), NameText.KeyHash("Laʻauli"));
        Assert.Equal(NameText.Key("Said"), NameText.Key("Saʿid"));
        Assert.NotEqual(NameText.Key("Laauli"), NameText.Key("Lauli"));
    }

    private static readonly string[] Pieces = ["Al", "al", "Assad", "e", "E", "Mbappe", "9", "Kim", "Jong", "Un", "x"];

    /// <summary>
    /// CL2001 groups forms by the hash before it compares keys, so spellings with one key need one hash, whichever way
    /// it is computed: on the fly for ASCII ("Al-Assad"), from the key otherwise ("AL’ASSAD", a typographic apostrophe).
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Spellings_with_one_key_have_one_hash() => Prop.ForAll(
        Gen.ArrayOf(Gen.Elements(Pieces)).ToArbitrary(),
        Gen.Elements("-", " ", "’", "\u00a0", "").ToArbitrary(),
        (parts, joiner) =>
        {
            var plain = string.Concat(parts);
            var other = string.Join(joiner, parts).ToUpperInvariant();
            return NameText.Key(plain) == NameText.Key(other) && NameText.KeyHash(plain) == NameText.KeyHash(other);
        });

    [Theory]
    [InlineData("MetOp-SG-A1", "MetOp-SG-B1", true)]
    [InlineData("A320", "A321", true)]
    [InlineData("Sentinel-2A", "Sentinel-2B", true)]
    [InlineData("Falcon 9", "Falcon 6", true)]
    [InlineData("Covid-19", "Covid-9", true)]
    [InlineData("Jonh Smith", "John Smith", false)]
    [InlineData("Zelensky", "Zelenskyy", false)]
    [InlineData("Sentinel-2", "Sentinal-2", false)]
    public void Codes_that_differ_at_a_digit_are_variants_and_names_are_not(string a, string b, bool expected)
    {
        Assert.Equal(expected, NameText.IsCodeVariant(a, b));
        Assert.Equal(expected, NameText.IsCodeVariant(b, a));
    }
}
