using System.Collections.Immutable;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>One word of a mention; <see cref="Text"/> has any possessive ending ("’s") removed and <see cref="Span"/> excludes it.</summary>
public readonly record struct NameWord(string Text, TextSpan Span, string Possessive = "");

/// <summary>
/// A run of capitalised words naming someone or something ("President Vladimir Putin", "Mr Kim’s", "KCNA").
/// <see cref="Words"/> holds the whole run, titles included; the name itself starts at <see cref="NameStart"/>.
/// </summary>
public sealed record Mention(int Index, ImmutableArray<NameWord> Words, int NameStart, int SentenceIndex)
{
    /// <summary>The courtesy title among the words before the name ("Mr"), without its full stop.</summary>
    public string? Honorific { get; init; }

    /// <summary>From the honorific to the start of the name: what deleting the honorific removes.</summary>
    public TextSpan? HonorificSpan { get; init; }

    /// <summary>A capitalised title inside the run ("President") or a lower-case one just before it ("leader").</summary>
    public string? Title { get; init; }

    /// <summary>The possessive ending the name carried ("’s"), or empty.</summary>
    public string Possessive => Words[^1].Possessive;

    /// <summary>The name opens its sentence, so its capital proves nothing.</summary>
    public bool IsSentenceInitial { get; init; }

    public bool InHeading { get; init; }

    /// <summary>The word just before the run, when only a space separates them ("leader", "the").</summary>
    public string? PreviousWord { get; init; }

    public bool InQuote { get; init; }

    /// <summary>After a preposition of place ("in Burnley", "near Bristol"), so more likely a place than a person.</summary>
    public bool FollowsPlacePreposition => PreviousWord is "in" or "near" or "outside" or "around" or "across" && Possessive.Length == 0;

    /// <summary>The acronym given in brackets right after this name: "Korean Central News Agency (KCNA)".</summary>
    public string? DefinedAcronym { get; init; }

    /// <summary>This mention is the acronym in brackets that defines the name before it.</summary>
    public bool IsAcronymDefinition { get; init; }

    public int Length { get; } = Words.Length - NameStart;

    public IEnumerable<NameWord> Name => Words.Skip(NameStart);

    public NameWord First => Words[NameStart];

    public NameWord Last => Words[^1];

    /// <summary>The name as written, words joined by single spaces.</summary>
    public string Form { get; } = JoinName(Words, NameStart);

    public TextSpan Span => TextSpan.FromBounds(Words[NameStart].Span.Start, Words[^1].Span.End);

    /// <summary>A one-word name that is an acronym ("KCNA"): asked of most mentions by several rules, so kept.</summary>
    public bool IsAcronym { get; } = Words.Length - NameStart == 1 && AcronymText.IsAcronym(Words[NameStart].Text);

    public string WordAt(int i) => Words[NameStart + i].Text;

    private static string JoinName(ImmutableArray<NameWord> words, int start)
    {
        if (words.Length - start == 1)
        {
            return words[start].Text;
        }

        var length = words.Length - start - 1;
        for (var i = start; i < words.Length; i++)
        {
            length += words[i].Text.Length;
        }

        return string.Create(length, (words, start), static (span, state) =>
        {
            var (words, start) = state;
            var at = 0;
            for (var i = start; i < words.Length; i++)
            {
                if (i > start)
                {
                    span[at++] = ' ';
                }

                words[i].Text.CopyTo(span[at..]);
                at += words[i].Text.Length;
            }
        });
    }
}
