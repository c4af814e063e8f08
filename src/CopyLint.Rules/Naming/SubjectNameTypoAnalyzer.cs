using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>CL2006: a capitalised word a letter away from the surname the story is about, standing where that person would.</summary>
public sealed partial class SubjectNameTypoAnalyzer(NamingModelCache cache) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL2006",
        "Likely typo of the subject's name",
        "'{0}' may be a typo for '{1}', who is named {2} times in this article",
        RuleCategory.Naming,
        Severity.Warning,
        "A slip of one letter in the name of the person a story is about ('King urged workers' in a story about Kim, "
        + "'Siner saved two set points' in one about Jannik Sinner) is easy to miss because the wrong word may be a real word. "
        + "This rule reports a word a slip away from the surname of a person the story names often, or of a person just named "
        + "in full, where it stands as that person's name.")
    {
        Name = "subject-name-typo",
        Summary = "The name of the person a story is about is misspelt, perhaps as a real word.",
        Reports =
        [
            "A word a slip away from the surname of the person a story is about, when all of the next five items hold.",
            "The surname belongs to a named person and is mentioned at least three times when a full name gives it with a title or honorific (or it is a family-name-first name), at least four times when an untitled full name gives it.",
            "The word differs by a letter doubled or undoubled ('Siner' for 'Sinner', 'Rutto' for 'Ruto') or by two letters swapped side by side, not the first ('Guaff' for 'Gauff').",
            "For a titled person, the word may also differ in one letter that is not the first, or in one letter and one more after the same first two ('King' for 'Kim').",
            "The word appears nowhere else in the article, in any case.",
            "The word either carries the title the person is given, in full or abbreviated, and differs in one letter only ('President Rutto's government' after 'President William Ruto', 'Cllr Plannt' after 'Councillor Graham Plant'), or stands alone as the subject of a verb of speech or action ('urged', 'said').",
            "A bare word set in apposition as a person ('Okora, 34,' or 'Vanse, whose album …'), when it differs in one letter, not the first, from a surname of five letters or more that the article gives at least twice: nobody is introduced by a surname alone.",
            "An honorific and one word, which refer back to a person already named in full, one edit from the surname of a full name before it, with the same first letter, however few times the person is named.",
            "Such a word after an honorific: 'said Michael Sly, chairman of NFU Sugar' … 'Mr Slye said', 'Jorge Leon' … 'Mr Leone', 'Mark Harris' … 'Mr Harriss added'.",
            "A word after the title that full name carries, reported the same way: 'Chief Boice said' after 'police Chief Rico Boyce'.",
            "A bare word acting as a subject after a titled full name, reported the same way ('Tood said' after 'Foreign Affairs Minister Hugh Todd'): nobody is introduced by a bare surname.",
            "A bare word that speaks ('said', 'says', 'told', 'added') one letter out, not the first, from a surname of five letters or more of a subject named four times: '\"It was a flat pitch,\" Brock said' in a story about Harry Brook ('Brock thanked the groundstaff', and 'Kate said' for Kane, are left alone).",
            "A slip in the given name the copy refers back by, where it uses the given name alone and never the surname: 'Babar Azam' … 'Babar came to the crease' … 'Baber said' (where the copy also uses 'Azam' alone, the given name is no reference and 'Baber said' is left alone).",
        ],
        LeftAlone =
        [
            "An honorific and one word near the surname of a full name before it, when another person's name has that spelling or a second full name before it is as near.",
            "A slip CL2001 reports (accents, or one letter in a word of six letters or more): it is left to CL2001.",
        ],
    };

    /// <summary>Mentions that make a surname a story's subject when a full name gives it with a title, and without one.</summary>
    private const int TitledMentions = 3;
    private const int UntitledMentions = 4;

    /// <summary>Mentions of a surname that a word in apposition as a person ("Vanse, whose album") may be a slip of.</summary>
    private const int MinApposedMentions = 2;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var model = cache.For(context);
        var reported = ReportHonorificSlips(context, model);

        // Most articles have no one-word reference near the surname of anyone they name: people are counted only when one is.
        if (!HasNearMiss(model))
        {
            return;
        }

        var subjects = Subjects(model, People(model));
        if (subjects.Count == 0)
        {
            return;
        }

        foreach (var mention in model.Mentions)
        {
            if (!IsReference(mention) || reported?.Contains(mention) == true)
            {
                continue;
            }

            // A bare surname set in apposition ("Okora, 34,", "Vanse, whose album …") refers back to someone already named:
            // nobody is introduced by a surname alone. One letter out from a surname the article gives twice is a slip.
            var word = mention.First.Text;
            var apposed = mention.Title is null && IsPersonApposition(model.Document.Text, mention);
            var speaker = mention.Title is null && NameContext.IsSpeaker(model.Document, mention);
            if (NearMissOf(word, subjects, apposed, speaker) is not var (surname, subject))
            {
                continue;
            }

            // The subject's own title says who is meant ("President Rutto's government"), if the slip is of one letter; a bare
            // word must stand where a person acts.
            if ((mention.Title is null ? apposed || NameContext.IsSubjectOfVerb(model.Document, mention) : HasTitleOf(mention, subject) && NameText.Distance(word, surname) == 1)
                && IsWrittenCapitalisedOnce(model, word) && !model.IsWrittenInLowerCase(word))
            {
                var fix = new CodeFix($"Replace with '{surname}'", new TextEdit(mention.Span, surname));
                context.Report(Descriptor, mention.Span, fix, word, surname, subject.Count);
            }
        }
    }

    /// <summary>
    /// What is known of the person a surname names: the first title a mention gives them, whether any name gives them a
    /// title or honorific (or is family-name-first), and how often, and from which reference on, they are referred to.
    /// </summary>
    private record struct Person(string? Title, bool Titled, int Count, int First);

    /// <summary>
    /// A one-word name that could be a slip for a surname: bare, or with a title, which is checked against the
    /// person's. One with an honorific ("Mr Rutto") is left alone: an honorific does not say which person is meant.
    /// </summary>
    private static bool IsReference(Mention mention) =>
        mention.Length == 1 && !mention.InHeading && !mention.InQuote && mention.Honorific is null && !mention.IsAcronym;

    /// <summary>", who", ", whose" or an age (", 34,") straight after the name.</summary>
    private static bool IsPersonApposition(string text, Mention mention)
    {
        var after = text.AsSpan(mention.Span.End + mention.Possessive.Length);
        if (mention.Possessive.Length > 0 || !after.StartsWith(", "))
        {
            return false;
        }

        after = after[2..];
        if (after.StartsWith("who ") || after.StartsWith("whose "))
        {
            return true;
        }

        var digits = after.IndexOfAnyExceptInRange('0', '9');
        return digits is 1 or 2 && after[digits] == ',';
    }

    /// <summary>The mention carries the subject's title, in full or abbreviated ("Cllr Plannt" after "Councillor Graham Plant").</summary>
    private static bool HasTitleOf(Mention mention, Person subject) =>
        subject.Title is { } title && mention.Title is { } other
        && (string.Equals(other, title, StringComparison.OrdinalIgnoreCase) || Abbreviates(other, title) || Abbreviates(title, other));

    /// <summary>"Cllr" for "Councillor", "Supt" for "Superintendent": a shorter title whose letters the longer one holds in order, from the first.</summary>
    private static bool Abbreviates(string shorter, string longer)
    {
        if (shorter.Length >= longer.Length || shorter.Length < 2 || char.ToUpperInvariant(shorter[0]) != char.ToUpperInvariant(longer[0]))
        {
            return false;
        }

        var k = 1;
        for (var i = 1; i < longer.Length && k < shorter.Length; i++)
        {
            k += char.ToLowerInvariant(longer[i]) == char.ToLowerInvariant(shorter[k]) ? 1 : 0;
        }

        return k == shorter.TrimEnd('.').Length;
    }

    /// <summary>
    /// Some reference written once is spelt close to some person's surname, whether or not that person is a subject.
    /// Forms are told apart by the model's numbering, without hashing a word: a reference whose form two mentions outside
    /// headlines share is written twice and is no slip, and the surname of a name that recurs is listed once (twice when
    /// it recurs both with a title and without).
    /// </summary>
    private static bool HasNearMiss(NamingModel model)
    {
        const byte Listed = 4;
        const byte ListedTitled = 8;
        var ids = model.Forms;
        // Per form: in the low bits, its mentions outside headlines, counted to two; and whether its surname is listed.
        Span<byte> forms = ids.Count <= 1024 ? stackalloc byte[ids.Count] : new byte[ids.Count];
        List<(string Surname, bool Titled)>? surnames = null;
        // A bit per first letter of the surnames: a close spelling starts with the same letter, so most references are
        // turned away without reading the list.
        var initials = 0UL;
        foreach (var mention in model.Mentions)
        {
            ref var form = ref forms[ids.IdOf(mention)];
            if (!mention.InHeading && (form & 3) < 2)
            {
                form++;
            }

            // A longer name's surname follows from its words; a one-word name gives one only with a title or honorific.
            var titled = IsTitled(mention);
            if ((form & (titled ? ListedTitled : Listed)) == 0 && SurnameOf(mention) is { } surname)
            {
                (surnames ??= []).Add((surname, titled));
                initials |= InitialBit(surname);
                if (GivenNameOf(mention) is { } given)
                {
                    surnames.Add((given, false));
                    initials |= InitialBit(given);
                }

                form |= titled ? ListedTitled : Listed;
            }
        }

        if (surnames is null)
        {
            return false;
        }

        foreach (var reference in model.Mentions)
        {
            if ((forms[ids.IdOf(reference)] & 3) == 1 && (initials & InitialBit(reference.First.Text)) != 0 && IsReference(reference))
            {
                var bare = reference.Title is null && (IsPersonApposition(model.Document.Text, reference) || NameContext.IsSpeaker(model.Document, reference));
                // A person is titled when some name of theirs is: the titled name's own entry answers for them.
                foreach (var (surname, titled) in surnames)
                {
                    if (IsCloseSpelling(reference.First.Text, surname, titled, bare))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A bit for the first character of <paramref name="word"/>: equal first characters, equal bits.</summary>
    private static ulong InitialBit(string word) => 1UL << (word[0] % 64);

    /// <summary>
    /// <paramref name="word"/> is one word of one mention outside headlines: counted by a walk that stops at the
    /// second, for the few words that are near misses, rather than a count of every capitalised word.
    /// </summary>
    private static bool IsWrittenCapitalisedOnce(NamingModel model, string word)
    {
        var count = 0;
        foreach (var mention in model.Mentions)
        {
            if (mention.InHeading)
            {
                continue;
            }

            foreach (var other in mention.Words)
            {
                if (string.Equals(other.Text, word, StringComparison.Ordinal) && ++count > 1)
                {
                    return false;
                }
            }
        }

        return count == 1;
    }

    /// <summary>
    /// The first (most mentioned) subject whose surname <paramref name="word"/> nearly matches, or null. A subject named
    /// fewer times than a subject must be (see <see cref="TitledMentions"/>) is matched only by an apposed word. A bare
    /// word that speaks ("Baber said" in a story naming Babar Azam six times) may differ in one letter, as an apposed one may.
    /// </summary>
    private static (string Surname, Person Person)? NearMissOf(string word, List<(string Surname, Person Person)> subjects, bool apposed, bool speaker)
    {
        foreach (var subject in subjects)
        {
            if ((apposed || IsSubject(subject.Person)) && IsNearMiss(word, subject.Surname, subject.Person.Titled, apposed || speaker))
            {
                return subject;
            }
        }

        return null;
    }

    /// <summary>
    /// One letter doubled or undoubled ("Rutto", "Siner"); and for a titled person, whose name is surely a name, also one
    /// letter changed (not the first), or a change and an added letter after the same first two ("King" for "Kim"). Among
    /// the surnames of untitled full names, of teams, firms and places too, such changes are as often another word.
    /// </summary>
    private static bool IsNearMiss(string word, string surname, bool titled, bool bare) =>
        IsCloseSpelling(word, surname, titled, bare) && !IsReportedAsInconsistent(word, surname);

    /// <summary>
    /// The spelling test of <see cref="IsNearMiss"/>, cheapest questions first: it is asked of many pairs. A word set in
    /// apposition as a person or speaking alone (<paramref name="bare"/>) may also differ in one letter, not the first,
    /// from a surname of five letters or more ("Okora, 34," for "Okoro", "Baber said" for "Babar").
    /// </summary>
    private static bool IsCloseSpelling(string word, string surname, bool titled, bool bare)
    {
        if (word[0] != surname[0] || word.Length >= 16)
        {
            return false;
        }

        return (word.Length - surname.Length) switch
        {
            0 => ((titled || (bare && word.Length >= 5)) && IsOneLetterChanged(word, surname)) || (word.Length >= 4 && IsAdjacentSwap(word, surname)),
            1 or -1 => NameText.IsDoubling(word, surname)
                || (titled && Math.Min(word.Length, surname.Length) > 1 && word[1] == surname[1] && NameText.Distance(word, surname) == 2),
            _ => false,
        };
    }

    /// <summary>Two words of one length that differ by two adjacent letters swapped, the slip of a fast typist ("Guaff" for "Gauff").</summary>
    private static bool IsAdjacentSwap(string a, string b)
    {
        var i = a.AsSpan().CommonPrefixLength(b);
        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }

    /// <summary>Two words of one length that differ in exactly one place.</summary>
    private static bool IsOneLetterChanged(string a, string b)
    {
        var i = a.AsSpan().CommonPrefixLength(b);
        return i < a.Length && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>
    /// A slip CL2001 reports, which need not be reported twice: accents ("Mbappe"), or one letter in a word of six
    /// letters or more ("Zelenskyy").
    /// </summary>
    private static bool IsReportedAsInconsistent(string word, string surname) =>
        NameText.Key(word) == NameText.Key(surname)
        || (NameText.LetterCount(word) >= 6 && NameText.LetterCount(surname) >= 6 && NameText.IsOneEditApart(word, surname));

    /// <summary>
    /// The surname a mention names a person by: the family name of a family-name-first name, else the last word of a
    /// titled name or of a full name; null for any other one-word name.
    /// </summary>
    private static string? SurnameOf(Mention m) =>
        m.Traditions is not null ? m.WordAt(0)
        : IsTitled(m) || (m.Length > 1 && !m.IsAcronym) ? m.Last.Text
        : null;

    /// <summary>The first word of an untitled full name, which some copy refers back by ("Babar Azam" … "Babar said"); else null.</summary>
    private static string? GivenNameOf(Mention m) =>
        m.Traditions is null && m.Length > 1 && !m.IsAcronym && !IsTitled(m) ? m.First.Text : null;

    /// <summary>A family-name-first name, or one with a title or honorific: surely a person's.</summary>
    private static bool IsTitled(Mention m) => m.Traditions is not null || m.Title is not null || m.Honorific is not null;

    private static bool IsSubject(Person person) => person.Count >= (person.Titled ? TitledMentions : UntitledMentions);

    /// <summary>
    /// The people the article names, by surname; or by the given name, where the copy refers to a person by it alone and
    /// never by the surname ("Babar Azam" … "Babar said", as Pakistani cricket copy names Babar, Shaheen and Naseem).
    /// </summary>
    private static Dictionary<string, Person> People(NamingModel model)
    {
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        HashSet<string>? alone = null;
        foreach (var m in model.Mentions)
        {
            if (SurnameOf(m) is { } surname)
            {
                ref var person = ref CollectionsMarshal.GetValueRefOrAddDefault(people, surname, out _);
                person.Title ??= m.Traditions is null ? m.Title : null;
                person.Titled |= IsTitled(m);
            }

            if (m.Length == 1 && !m.InHeading)
            {
                (alone ??= new(StringComparer.Ordinal)).Add(m.First.Text);
            }
        }

        foreach (var m in model.Mentions)
        {
            if (GivenNameOf(m) is { } given && alone?.Contains(given) == true && !alone.Contains(m.Last.Text))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(people, given, out _);
            }
        }

        return people;
    }

    /// <summary>
    /// Surnames of <paramref name="people"/> mentioned at least twice (<see cref="IsSubject"/> says which are mentioned
    /// often enough to be what the story is about), with their counts, most mentioned first.
    /// </summary>
    private static List<(string Surname, Person Person)> Subjects(NamingModel model, Dictionary<string, Person> people)
    {
        // A mention refers to a person by its one word, or by the family name it starts with, or else by its last word.
        var referenced = 0;
        foreach (var m in model.Mentions)
        {
            ref var person = ref CollectionsMarshal.GetValueRefOrNullRef(people, m.Length == 1 ? m.First.Text : m.WordAt(0));
            if (m.Length > 1 && Unsafe.IsNullRef(ref person))
            {
                person = ref CollectionsMarshal.GetValueRefOrNullRef(people, m.Last.Text);
            }

            if (!Unsafe.IsNullRef(ref person) && person.Count++ == 0)
            {
                person.First = referenced++;
            }
        }

        var subjects = new List<(string Surname, Person Person)>();
        foreach (var (surname, person) in people)
        {
            if (person.Count >= MinApposedMentions && surname.Length >= 3)
            {
                subjects.Add((surname, person));
            }
        }

        // Most mentioned first; on a tie, the one referred to first.
        subjects.Sort(static (a, b) => a.Person.Count != b.Person.Count ? b.Person.Count.CompareTo(a.Person.Count) : a.Person.First.CompareTo(b.Person.First));
        return subjects;
    }
}
