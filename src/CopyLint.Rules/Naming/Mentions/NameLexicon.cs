using System.Runtime.CompilerServices;
using CopyLint.Engine;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Naming;

/// <summary>How a family-name-first tradition makes a short reference (see rules/lists/family-name-first-surnames.txt).</summary>
public enum NameTradition
{
    /// <summary>Korean, Chinese: the family name ("Kim").</summary>
    FamilyName,

    /// <summary>Vietnamese: the last given name ("Chinh" for Pham Minh Chinh).</summary>
    LastGivenName,
}

/// <summary>The word lists the naming rules read, loaded once per rule data set.</summary>
/// <remarks>
/// Its exact-case sets are hash sets, not frozen sets: building a frozen set allocates several times what it holds
/// (its key analysis and table sizing), ~200 KB for these lists on every run, for look-ups no faster at these sizes.
/// </remarks>
public sealed class NameLexicon
{
    public NameLexicon(RuleDataSet data)
    {
        _titles = new(data.GetList("person-titles"));
        TitleSecondWords = data.GetList("person-title-second-words").ToHashSet(StringComparer.Ordinal);
        _stopwordsOrConnectors = new([.. data.GetList("name-stopwords"), .. data.GetList("name-connectors")]);
        _titlesOrHonorifics = new([.. data.GetList("person-titles"), .. data.GetList("honorifics")]);
        Stopwords = data.GetList("name-stopwords").ToHashSet(StringComparer.Ordinal);
        _connectors = new(data.GetList("name-connectors"));
        _honorifics = new(data.GetList("honorifics"));
        _stopwords = new(data.GetList("name-stopwords"));
        CompanyNouns = data.GetList("company-nouns").ToHashSet(StringComparer.Ordinal);
        BusinessNouns = data.GetList("honorific-business-nouns").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        StyleSettingTitles = data.GetList("honorific-style-titles").ToHashSet(StringComparer.Ordinal);
        AcronymKindNouns = data.GetList("acronym-kind-nouns").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        AcronymBodyNouns = data.GetList("acronym-body-nouns").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        AcronymPublicFunctions = data.GetList("acronym-public-functions").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        AttributionVerbs = data.GetList("attribution-verbs").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var traditions = TraditionLines(data.GetList("family-name-first-surnames")).ToArray();
        FamilyNameFirst = ParseTraditions(traditions);
        JapaneseFamilyNames = traditions.Where(line => line.Tradition.Equals("japanese", StringComparison.OrdinalIgnoreCase))
            .SelectMany(line => line.Names).ToHashSet(StringComparer.Ordinal);
        _familyNames = new(FamilyNameFirst.Keys);
        FamilyNameFirstExceptions = data.GetList("family-name-first-exceptions").ToHashSet(StringComparer.Ordinal);
        NationalityAdjectives = data.GetList("nationality-adjectives").ToHashSet(StringComparer.Ordinal);
        _organisationHeads = Groups(data, "organisation-heads");
        _placeForms = Groups(data, "place-demonyms");
    }

    /// <summary>A list of word groups, one a line, as each word → its line: the words of a line are one thing's forms.</summary>
    private static WordTable<int> Groups(RuleDataSet data, string list) =>
        new(data.GetList(list).SelectMany((line, group) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => KeyValuePair.Create(word, group))), static (first, _) => first);

    /// <summary>A place and the words made from it → its group ("Germany", "German", "Germans"; rules/lists/place-demonyms.txt).</summary>
    private readonly WordTable<int> _placeForms;

    /// <summary>"Germany" and "German", "Nepal" and "Nepalis": a place and its adjective, language or people, never one name spelt two ways.</summary>
    public bool AreFormsOfOnePlace(string a, string b) =>
        _placeForms.TryGetValue(a, out var x) && _placeForms.TryGetValue(b, out var y) && x == y;

    /// <summary>"Germany", "German", "Germans": a place or a word made from it (rules/lists/place-demonyms.txt).</summary>
    public bool IsPlaceForm(string word) => _placeForms.TryGetValue(word, out _);

    /// <summary>"German", "Irish": adjectives that name no person before a lower-case noun (rules/lists/nationality-adjectives.txt).</summary>
    public HashSet<string> NationalityAdjectives { get; }

    /// <summary>Head noun of an organisation name → its group of interchangeable heads ("Service", "Agency" …).</summary>
    private readonly WordTable<int> _organisationHeads;

    public bool AreSwappableHeads(string a, string b) =>
        _organisationHeads.TryGetValue(a, out var x) && _organisationHeads.TryGetValue(b, out var y) && x == y;

    /// <summary>"said", "told", "added": a clause with one is an attribution, not a description (rules/lists/attribution-verbs.txt).</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AttributionVerbs { get; }

    /// <summary>Person titles ignoring case ("President", "lawmaker"): asked of most words of a name, so a table that rejects by length and first and last letters.</summary>
    private readonly WordTable<bool> _titles;

    public HashSet<string> Stopwords { get; }

    /// <summary>Nouns that name a business after a possessive surname ("Choi's Table"; rules/lists/honorific-business-nouns.txt).</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BusinessNouns { get; }

    /// <summary>"Mr", "Cllr": courtesy titles that set a person's style from a full name on (rules/lists/honorific-style-titles.txt).</summary>
    public HashSet<string> StyleSettingTitles { get; }

    /// <summary>Nouns that describe a company before its name ("research firm IDC").</summary>
    public HashSet<string> CompanyNouns { get; }

    /// <summary>Nouns after an acronym that say what kind of body it names ("the RMT union").</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AcronymKindNouns { get; }

    /// <summary>Nouns of a body described before its acronym ("the Spanish weather agency AEMET").</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AcronymBodyNouns { get; }

    /// <summary>Functions a state gives one body, before a body noun and its acronym ("statistics agency IBGE").</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AcronymPublicFunctions { get; }

    /// <summary>Family name → the traditions it belongs to (Yang is Korean and Chinese).</summary>
    public Dictionary<string, NameTradition[]> FamilyNameFirst { get; }

    /// <summary>Japanese family names (the list's "japanese:" line): after one, a Hepburn given name is one too ("Akamatsu Ryoichi").</summary>
    public HashSet<string> JapaneseFamilyNames { get; }

    /// <summary>Screens words before <see cref="FamilyNameFirst"/> is asked: most names start with no family name it holds.</summary>
    private readonly WordSet _familyNames;

    /// <summary>The traditions <paramref name="word"/> is a family name of, or null: as <see cref="FamilyNameFirst"/>, cheaper for most words.</summary>
    public NameTradition[]? TraditionsOf(string word) =>
        _familyNames.Contains(word) && FamilyNameFirst.TryGetValue(word, out var traditions) ? traditions : null;

    /// <summary>Full names shortened otherwise than their tradition says ("Ho Chi Minh" is "Ho").</summary>
    public HashSet<string> FamilyNameFirstExceptions { get; }

    private readonly NameWordSet _connectors;
    private readonly NameWordSet _honorifics;
    private readonly NameWordSet _stopwords;

    /// <summary>A courtesy title, with or without a full stop ("Mr.").</summary>
    public bool IsHonorific(string word) => _honorifics.Contains(word.AsSpan().TrimEnd('.'));

    /// <summary>A lower-case word joining the parts of a name ("of", "von", "bin"; rules/lists/name-connectors.txt).</summary>
    public bool IsConnector(ReadOnlySpan<char> word) => _connectors.Contains(word);

    /// <summary>A capitalised word that starts no name ("The", "But"); as <see cref="Stopwords"/>, cheaper.</summary>
    public bool IsStopword(ReadOnlySpan<char> word) => _stopwords.Contains(word);

    /// <summary>Stopwords and connectors ignoring case: one look-up turns away the first word of most runs, a name.</summary>
    private readonly WordTable<bool> _stopwordsOrConnectors;

    /// <summary><see cref="IsStopword"/> or <see cref="IsConnector"/>, one look-up for most words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsStopwordOrConnector(ReadOnlySpan<char> word) =>
        _stopwordsOrConnectors.Contains(word) && (_stopwords.Contains(word) || _connectors.Contains(word));

    /// <summary>The second word of a two-word title after its first ("General" in "Secretary General").</summary>
    public HashSet<string> TitleSecondWords { get; }

    /// <summary>A person title, with or without a full stop ("Gen.").</summary>
    public bool IsTitle(string word) => _titles.Contains(word.AsSpan().TrimEnd('.'));

    /// <summary>
    /// Person titles and honorifics ignoring case: asked of every word of a name but its last, which is mostly neither, so
    /// one look-up turns most words away before the two lists are asked.
    /// </summary>
    private readonly WordTable<bool> _titlesOrHonorifics;

    /// <summary>A person title or a courtesy title, with or without a full stop: <see cref="IsTitle"/> or <see cref="IsHonorific"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsTitleOrHonorific(string word)
    {
        var trimmed = word.AsSpan().TrimEnd('.');
        return _titlesOrHonorifics.Contains(trimmed) && (_titles.Contains(trimmed) || _honorifics.Contains(trimmed));
    }

    /// <summary>A person title as written, no full stop allowed.</summary>
    public bool IsTitleAsWritten(string word) => _titles.Contains(word);

    /// <summary>The list's lines "tradition: Name, Name, …" (comments and other lines skipped).</summary>
    private static IEnumerable<(string Tradition, string[] Names)> TraditionLines(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':');
            if (colon >= 0)
            {
                yield return (line[..colon].Trim(), line[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
        }
    }

    private static Dictionary<string, NameTradition[]> ParseTraditions(IEnumerable<(string Tradition, string[] Names)> lines)
    {
        // A bit a tradition, then one array per combination in use, in the traditions' order: a name is in one or two.
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, names) in lines)
        {
            var tradition = name.Equals("vietnamese", StringComparison.OrdinalIgnoreCase) ? NameTradition.LastGivenName : NameTradition.FamilyName;
            foreach (var family in names)
            {
                map[family] = map.GetValueOrDefault(family) | 1 << (int)tradition;
            }
        }

        var byBits = new Dictionary<int, NameTradition[]>();
        return map.ToDictionary(kv => kv.Key, kv => byBits.TryGetValue(kv.Value, out var known) ? known : byBits[kv.Value] = Traditions(kv.Value), StringComparer.Ordinal);
    }

    private static NameTradition[] Traditions(int bits) =>
        [.. Enum.GetValues<NameTradition>().Where(tradition => (bits & 1 << (int)tradition) != 0)];
}
