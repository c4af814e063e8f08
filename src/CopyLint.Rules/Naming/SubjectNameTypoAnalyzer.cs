using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>CL2006: a capitalised word a letter away from the surname the story is about, standing where that person would.</summary>
public sealed class SubjectNameTypoAnalyzer(NamingModelCache cache) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL2006",
        "Likely typo of the subject's name",
        "'{0}' may be a typo for '{1}', who is named {2} times in this article",
        RuleCategory.Naming,
        Severity.Warning,
        "A slip of one letter in the name of the person a story is about ('King urged workers' in a story about Kim, "
        + "'Siner saved two set points' in one about Jannik Sinner) is easy to miss because the wrong word may be a real word. "
        + "Reported only when all of these hold: the surname belongs to a named person and is mentioned at least three times "
        + "when a full name gives it with a title or honorific (or it is a family-name-first name), at least four times when "
        + "an untitled full name gives it; the word differs by a letter doubled or undoubled ('Siner' for 'Sinner', 'Rutto' "
        + "for 'Ruto'), or, for a titled person, in one letter that is not the first, or in one letter and one more after the "
        + "same first two ('King' for 'Kim'); it appears nowhere else in the article, in any case; and it either carries the "
        + "title the person is given and differs in one letter only ('President Rutto's government' after 'President William "
        + "Ruto') or stands alone as the subject of a verb of speech or action ('urged', 'said'). A slip CL2001 reports "
        + "(accents, or one letter in a word of six letters or more) is left to it.")
    { Name = "subject-name-typo" };

    /// <summary>Mentions that make a surname a story's subject when a full name gives it with a title, and without one.</summary>
    private const int TitledMentions = 3;
    private const int UntitledMentions = 4;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var model = cache.For(context);
        // Most articles have no one-word reference near the surname of anyone they name: people are counted only when one is.
        if (People(model) is not { } people || !HasNearMiss(model, people))
        {
            return;
        }

        var subjects = Subjects(model, people);
        if (subjects.Count == 0)
        {
            return;
        }

        foreach (var mention in model.Mentions)
        {
            if (!IsReference(mention) || NearMissOf(mention.First.Text, subjects) is not var (surname, subject))
            {
                continue;
            }

            // The subject's own title says who is meant ("President Rutto's government"), if the slip is of one letter; a bare
            // word must stand where a person acts.
            var word = mention.First.Text;
            if ((mention.Title is null ? NameContext.IsSubjectOfVerb(model.Document, mention) : HasTitleOf(mention, subject) && NameText.Distance(word, surname) == 1)
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

    private static bool HasTitleOf(Mention mention, Person subject) =>
        subject.Title is not null && string.Equals(mention.Title, subject.Title, StringComparison.OrdinalIgnoreCase);

    /// <summary>Some reference is a near miss of some person's surname, whether or not that person is a subject.</summary>
    private static bool HasNearMiss(NamingModel model, Dictionary<string, Person> people)
    {
        foreach (var mention in model.Mentions)
        {
            if (IsReference(mention))
            {
                foreach (var (surname, person) in people)
                {
                    if (IsNearMiss(mention.First.Text, surname, person.Titled))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

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

    /// <summary>The first (most mentioned) subject whose surname <paramref name="word"/> nearly matches, or null.</summary>
    private static (string Surname, Person Person)? NearMissOf(string word, List<(string Surname, Person Person)> subjects)
    {
        foreach (var subject in subjects)
        {
            if (IsNearMiss(word, subject.Surname, subject.Person.Titled))
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
    private static bool IsNearMiss(string word, string surname, bool titled) =>
        word[0] == surname[0] && word.Length < 16 && Math.Abs(word.Length - surname.Length) <= 1 && !string.Equals(word, surname, StringComparison.Ordinal)
        && NameText.Distance(word, surname) switch
        {
            1 => word.Length == surname.Length ? titled : IsDoubling(word, surname),
            2 => titled && word.Length != surname.Length && word[1] == surname[1],
            _ => false,
        }
        && !IsReportedAsInconsistent(word, surname);

    /// <summary>
    /// A slip CL2001 reports, which need not be reported twice: accents ("Mbappe"), or one letter in a word of six
    /// letters or more ("Zelenskyy").
    /// </summary>
    private static bool IsReportedAsInconsistent(string word, string surname) =>
        NameText.Key(word) == NameText.Key(surname)
        || (NameText.LetterCount(word) >= 6 && NameText.LetterCount(surname) >= 6 && NameText.IsOneEditApart(word, surname));

    /// <summary>
    /// Two words one added letter apart, of four letters or more, whose added letter repeats the one before it: "Ruto" /
    /// "Rutto". A dropped or added letter of any other kind is as often another name ("Bryan" / "Bryant").
    /// </summary>
    private static bool IsDoubling(string a, string b)
    {
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var i = shorter.AsSpan().CommonPrefixLength(longer);
        return shorter.Length >= 4 && i > 0 && longer[i] == longer[i - 1] && shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }

    /// <summary>The surnames of the people the article names in full, or null when it names no one.</summary>
    private static Dictionary<string, Person>? People(NamingModel model)
    {
        Dictionary<string, Person>? people = null;
        foreach (var m in model.Mentions)
        {
            if (m.Traditions is not null)
            {
                Add(people ??= new(StringComparer.Ordinal), m.WordAt(0), null, titled: true);
            }
            else if (m.Title is not null || m.Honorific is not null)
            {
                Add(people ??= new(StringComparer.Ordinal), m.Last.Text, m.Title, titled: true);
            }
            else if (m.Length > 1 && !m.IsAcronym)
            {
                Add(people ??= new(StringComparer.Ordinal), m.Last.Text, null, titled: false);
            }
        }

        return people;
    }

    private static void Add(Dictionary<string, Person> people, string surname, string? title, bool titled)
    {
        ref var person = ref CollectionsMarshal.GetValueRefOrAddDefault(people, surname, out _);
        person.Title ??= title;
        person.Titled |= titled;
    }

    /// <summary>
    /// Surnames of <paramref name="people"/> mentioned often enough to be what the story is about (see
    /// <see cref="TitledMentions"/>), with their counts, most mentioned first.
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
            if (person.Count >= (person.Titled ? TitledMentions : UntitledMentions) && surname.Length >= 3)
            {
                subjects.Add((surname, person));
            }
        }

        // Most mentioned first; on a tie, the one referred to first.
        subjects.Sort(static (a, b) => a.Person.Count != b.Person.Count ? b.Person.Count.CompareTo(a.Person.Count) : a.Person.First.CompareTo(b.Person.First));
        return subjects;
    }
}
