namespace CopyLint.Rules.Naming;

/// <summary>One person or organisation of an article: its mentions in order (full name, short references, acronym).</summary>
public sealed class Entity(Mention first)
{
    private readonly List<Mention> _mentions = [first];

    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>The first mention: usually the full name.</summary>
    public Mention First => _mentions[0];

    public string? Acronym { get; private set; }

    internal void Add(Mention mention)
    {
        _mentions.Add(mention);
        if (mention.IsAcronymDefinition)
        {
            Acronym ??= mention.Form;
        }
    }
}
