using System.Collections.Frozen;
using CopyLint.Rules.Naming;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Rules.Tests.Naming;

public sealed class NameWordSetTests
{
    private static readonly string[] Lists = ["name-connectors", "honorifics", "name-stopwords"];

    /// <summary>The set answers exactly as the list, case included ("The" is a stopword; "THE" may not be), for each list the lexicon reads.</summary>
    [Property(MaxTest = 500)]
    public Property Answers_as_the_list_as_written() => Prop.ForAll(
        Gen.Elements(Lists).ToArbitrary(),
        Gen.Elements("", "x", "of", "Of", "OF", "the", "The", "THE", "Mr", "mr", "Mr.", "Dr", "von", "Von", "bin", "But", "but", "Zelenskyy").ToArbitrary(),
        Gen.Choose(0, 3).ToArbitrary(),
        (list, other, casing) =>
        {
            var words = RuleHarness.Data.GetList(list);
            var exact = words.ToFrozenSet(StringComparer.Ordinal);
            var set = new NameWordSet(words);
            return words.Concat([other]).Select(word => casing switch
                {
                    0 => word,
                    1 => word.ToUpperInvariant(),
                    2 => word.ToLowerInvariant(),
                    _ => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..],
                })
                .All(word => set.Contains(word) == exact.Contains(word));
        });

    [Fact]
    public void Keeps_every_spelling_of_a_word_listed_in_two_cases()
    {
        var set = new NameWordSet(["the", "The", "of"]);
        Assert.True(set.Contains("the"));
        Assert.True(set.Contains("The"));
        Assert.False(set.Contains("THE"));
        Assert.True(set.Contains("of"));
        Assert.False(set.Contains("Of"));
    }
}
