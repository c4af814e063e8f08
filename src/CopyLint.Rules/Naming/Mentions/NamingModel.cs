using System.Collections.Immutable;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>Everything the naming rules know about one document: its mentions, entities and lower-case words.</summary>
public sealed class NamingModel(Document document, NameLexicon lexicon, ImmutableArray<Mention> mentions, LowercaseWords lowercaseWords)
{
    public Document Document { get; } = document;

    public NameLexicon Lexicon { get; } = lexicon;

    public ImmutableArray<Mention> Mentions { get; } = mentions;

    /// <summary>The mentions grouped into people and organisations, built on first use.</summary>
    public IReadOnlyList<Entity> Entities => _entities ??= EntityGrouper.Group(Mentions);

    /// <summary>Every word of the document that starts with a lower-case letter: evidence that a capital is positional.</summary>
    public LowercaseWords LowercaseWords { get; } = lowercaseWords;

    private IReadOnlyList<Entity>? _entities;

    private MentionForms? _forms;

    /// <summary>The distinct forms of the mentions, numbered, built on first use.</summary>
    public MentionForms Forms => _forms ??= new MentionForms(Mentions);

    /// <summary>
    /// A mention to trust as a name: not in a headline, and not a lone capitalised word opening a sentence unless the
    /// article never writes that word in lower case and it appears capitalised elsewhere or acts as the subject of a
    /// verb ("Analysts say" and "Stammer was" prove nothing; "Zelenskyy thanked" does) or is given an age ("Kvaratskhelia, 23,");
    /// an honorific before it ("Prof Sharmah led") opens the sentence in its stead. The tests are asked cheapest
    /// first: the forms in running text (an array), the words after the mention, and the lower-case words last.
    /// </summary>
    public bool IsReliable(Mention mention) =>
        !mention.InHeading
        && (mention.Length > 1 || !mention.IsSentenceInitial || mention.IsAcronym || mention.Honorific is not null
            || ((Forms.IsInRunningText(mention) || NameContext.IsSubjectOfVerb(Document, mention) || NameContext.IsFollowedByAge(Document, mention)) && !IsWrittenInLowerCase(mention.First.Text)));

    /// <summary>The article also writes <paramref name="word"/> in lower case ("Analysts" / "analysts").</summary>
    public bool IsWrittenInLowerCase(string word) => LowercaseWords.ContainsLowercased(word);

    public int LineOf(Mention mention) => Document.GetLinePosition(mention.Span.Start).Line;
}
