using System.Diagnostics;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>One word of a mention; <see cref="Text"/> has any possessive ending ("’s") removed and <see cref="Span"/> excludes it.</summary>
/// <remarks>
/// A word's span is its text's length from where it starts, so only the start is kept, and the possessive by its
/// apostrophe: 16 bytes instead of 24, in the document's array of name words and every copy of a word.
/// </remarks>
public readonly record struct NameWord
{
    private readonly int _start;
    private readonly char _apostrophe;

    public NameWord(string text, TextSpan span, string possessive = "")
    {
        Debug.Assert(span.Length == text.Length, "A name word's span is its text.");
        Debug.Assert(possessive is "" or "'s" or "’s", "A possessive is an apostrophe and an s.");
        Text = text;
        _start = span.Start;
        _apostrophe = possessive.Length == 0 ? '\0' : possessive[0];
    }

    /// <summary>A word with no possessive, starting at <paramref name="start"/>: no span to build, no ending to read.</summary>
    internal NameWord(string text, int start)
    {
        Text = text;
        _start = start;
    }

    public string Text { get; }

    public TextSpan Span => new(_start, Text.Length);

    /// <summary>The possessive ending the word had ("’s"), or empty.</summary>
    public string Possessive => _apostrophe switch { '\0' => "", '\'' => "'s", _ => "’s" };
}

/// <summary>
/// A run of capitalised words naming someone or something ("President Vladimir Putin", "Mr Kim’s", "KCNA").
/// <see cref="Words"/> holds the whole run, titles included; the name itself starts at <see cref="NameStart"/>.
/// </summary>
/// <remarks>
/// The words are a slice of an array the document's mentions share (see <see cref="NameWordBuffer"/>), so a mention
/// costs no array of its own. Each mention is a distinct name in the text: it compares by reference.
/// </remarks>
public sealed class Mention
{
    private readonly NameWord[] _words;
    private readonly int _start;
    private readonly int _count;
    private readonly int _honorificAt = -1;
    private string? _form;

    internal Mention(int index, NameWord[] words, int start, int count, int nameStart, int sentenceIndex)
    {
        Index = index;
        _words = words;
        _start = start;
        _count = count;
        NameStart = nameStart;
        SentenceIndex = sentenceIndex;
        IsAcronym = count - nameStart == 1 && AcronymText.IsAcronym(words[start + nameStart].Text);
    }

    /// <summary>The mention's place among the document's mentions.</summary>
    public int Index { get; }

    /// <summary>The words of the whole run, titles included.</summary>
    public ReadOnlySpan<NameWord> Words => new(_words, _start, _count);

    /// <summary>Where the name starts among <see cref="Words"/>: the titles and honorific before it are not part of it.</summary>
    public int NameStart { get; }

    public int SentenceIndex { get; }

    /// <summary>The courtesy title among the words before the name ("Mr"), without its full stop.</summary>
    public string? Honorific { get; init; }

    /// <summary>From the honorific to the start of the name: what deleting the honorific removes.</summary>
    public TextSpan? HonorificSpan => _honorificAt < 0 ? null : TextSpan.FromBounds(_words[_start + _honorificAt].Span.Start, First.Span.Start);

    /// <summary>Where the honorific is among <see cref="Words"/>, -1 when there is none.</summary>
    internal int HonorificAt { init => _honorificAt = value; }

    /// <summary>
    /// For a name of two words or more that starts with a family name of a family-name-first tradition ("Kim Jong Un"),
    /// the traditions of that name (<see cref="NameLexicon.FamilyNameFirst"/>); null otherwise.
    /// </summary>
    public NameTradition[]? Traditions { get; init; }

    /// <summary>A capitalised title inside the run ("President") or a lower-case one just before it ("leader").</summary>
    public string? Title { get; init; }

    /// <summary>The possessive ending the name carried ("’s"), or empty.</summary>
    public string Possessive => Last.Possessive;

    /// <summary>The name opens its sentence, so its capital proves nothing.</summary>
    public bool IsSentenceInitial { get; init; }

    public bool InHeading { get; init; }

    /// <summary>The word just before the run, when only a space separates them ("leader", "the").</summary>
    public string? PreviousWord { get; init; }

    public bool InQuote { get; init; }

    /// <summary>After a preposition of place ("in Burnley", "near Bristol"), so more likely a place than a person.</summary>
    public bool FollowsPlacePreposition => PreviousWord is "in" or "near" or "outside" or "around" or "across" && Possessive.Length == 0;

    /// <summary>The acronym given in brackets right after this name: "Korean Central News Agency (KCNA)".</summary>
    /// <remarks>Set by the finder when it reads the brackets after the name.</remarks>
    public string? DefinedAcronym { get; internal set; }

    /// <summary>This mention is the acronym in brackets that defines the name before it.</summary>
    public bool IsAcronymDefinition { get; init; }

    /// <summary>The number of words of the name.</summary>
    public int Length => _count - NameStart;

    /// <summary>The words of the name, without the titles before it.</summary>
    public ReadOnlySpan<NameWord> Name => Words[NameStart..];

    public NameWord First => _words[_start + NameStart];

    public NameWord Last => _words[_start + _count - 1];

    /// <summary>The name as written, words joined by single spaces; a name of two words or more builds it on first use.</summary>
    public string Form => _form ??= JoinName(Name);

    public TextSpan Span => TextSpan.FromBounds(First.Span.Start, Last.Span.End);

    /// <summary>A one-word name that is an acronym ("KCNA"): asked of most mentions by several rules, so kept.</summary>
    public bool IsAcronym { get; }

    public string WordAt(int i) => _words[_start + NameStart + i].Text;

    /// <summary>Words joined by single spaces, as a form is written; one word is itself.</summary>
    internal static string JoinName(ReadOnlySpan<NameWord> words)
    {
        if (words.Length == 1)
        {
            return words[0].Text;
        }

        var length = words.Length - 1;
        foreach (var word in words)
        {
            length += word.Text.Length;
        }

        return string.Create(length, words, static (span, words) =>
        {
            var at = 0;
            foreach (var word in words)
            {
                if (at > 0)
                {
                    span[at++] = ' ';
                }

                word.Text.CopyTo(span[at..]);
                at += word.Text.Length;
            }
        });
    }
}
