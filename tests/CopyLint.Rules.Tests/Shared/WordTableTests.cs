using CopyLint.Rules.Shared;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;

namespace CopyLint.Rules.Tests.Shared;

/// <summary>
/// The word tables answer exactly as a dictionary ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>)
/// would: their buckets (length, first and last letters folded by <see cref="LetterSet.Fold"/>) never part two words
/// equal ignoring case, whatever the letters.
/// </summary>
public sealed class WordTableTests
{
    /// <summary>Letters that fold in tricky ways: long s, dotless and dotted i, the Kelvin sign, sharp s, accented letters.</summary>
    private const string Letters = "aAeEiIkKsStTyYzZ-'ſıİKßẞéÉåÅΣσς0";

    private static Gen<string> Word() =>
        Gen.Elements(Letters.ToCharArray()).ArrayOf().Where(chars => chars.Length is > 0 and < 7).Select(chars => new string(chars));

    /// <summary>A word and its variants in other cases, so that most look-ups hit.</summary>
    private static Gen<string> Variant(string word) =>
        Gen.Elements(word, word.ToUpperInvariant(), word.ToLowerInvariant(), char.ToUpperInvariant(word[0]) + word[1..]);

    [Property(MaxTest = 500)]
    public Property Looks_up_as_a_dictionary_ignoring_case() =>
        Prop.ForAll(Word().ArrayOf().ToArbitrary(), Word().ArrayOf().ToArbitrary(), (words, others) =>
        {
            var expected = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var k = 0; k < words.Length; k++)
            {
                expected[words[k]] = expected.TryGetValue(words[k], out var v) ? v + k : k;
            }

            var table = new WordTable<int>(words.Select((w, k) => KeyValuePair.Create(w, k)), (a, b) => a + b);
            var queries = words.SelectMany(w => Variant(w).Sample(4)).Concat(others);
            return queries.All(q => table.TryGetValue(q, out var value) == expected.TryGetValue(q, out var want) && value == want);
        });

    [Fact]
    public void Folding_never_parts_characters_equal_ignoring_case()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            foreach (var other in new[] { char.ToUpperInvariant(ch), char.ToLowerInvariant(ch) })
            {
                if (Same(ch, other))
                {
                    Assert.Equal(LetterSet.Fold(ch), LetterSet.Fold(other));
                }
            }

            // The folding gives every non-ASCII character one value: no such character may equal an ASCII one.
            for (var ascii = 0; c >= 0x80 && ascii < 0x80; ascii++)
            {
                Assert.False(Same(ch, (char)ascii), $"U+{c:X4} equals '{(char)ascii}' ignoring case");
            }
        }
    }

    [Fact]
    public void A_letter_set_holds_a_letter_in_either_case()
    {
        var set = new LetterSet("tS");
        Assert.True(set.Contains('T') && set.Contains('t') && set.Contains('s') && set.Contains('S'));
        Assert.False(set.Contains('u') || set.Contains('ſ'));
    }

    private static bool Same(char a, char b) =>
        MemoryExtensions.Equals([a], [b], StringComparison.OrdinalIgnoreCase);
}
