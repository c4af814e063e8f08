using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>CL2006: a capitalised word one letter away from the surname the story is about, standing where that person would.</summary>
public sealed class SubjectNameTypoAnalyzer(NamingModelCache cache) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL2006",
        "Likely typo of the subject's name",
        "'{0}' may be a typo for '{1}', who is named {2} times in this article",
        RuleCategory.Naming,
        Severity.Warning,
        "A slip of one letter in the name of the person a story is about ('King urged workers' in a story about Kim) is "
        + "easy to miss because the wrong word is a real word. Reported only when all of these hold: the surname is "
        + "mentioned at least three times and belongs to a named person (a full name with a title or honorific, or a "
        + "family-name-first name); the word differs in one letter that is not the first, or in one letter and one more after the same first two ('King' for 'Kim'); it appears "
        + "nowhere else in the article, in any case; and it is the subject of a verb of speech or action ('urged', 'said').")
    { Name = "subject-name-typo" };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var model = cache.For(context);
        // Most articles have no word one letter from the surname of anyone named with a title: people are counted only
        // when one has.
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
            if (!IsBareReference(mention))
            {
                continue;
            }

            var word = mention.First.Text;
            var surname = NearMissOf(word, subjects);
            if (surname.Surname is null)
            {
                continue;
            }

            if (IsWrittenCapitalisedOnce(model, word) && !model.IsWrittenInLowerCase(word) && NameContext.IsSubjectOfVerb(model.Document, mention))
            {
                var fix = new CodeFix($"Replace with '{surname.Surname}'", new TextEdit(mention.Span, surname.Surname));
                context.Report(Descriptor, mention.Span, fix, word, surname.Surname, surname.Count);
            }
        }
    }

    /// <summary>A one-word name with nothing before it that says who it is: what a typo of a surname looks like.</summary>
    private static bool IsBareReference(Mention mention) =>
        mention.Length == 1 && !mention.InHeading && !mention.InQuote && mention.Honorific is null && mention.Title is null && !mention.IsAcronym;

    /// <summary>Some bare reference is a near miss of some person's surname, whether or not that person is a subject.</summary>
    private static bool HasNearMiss(NamingModel model, Dictionary<string, (int Count, int First)> people)
    {
        foreach (var mention in model.Mentions)
        {
            if (IsBareReference(mention))
            {
                foreach (var surname in people.Keys)
                {
                    if (IsNearMiss(mention.First.Text, surname))
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

    /// <summary>The first (most mentioned) subject whose surname <paramref name="word"/> nearly matches, or default.</summary>
    private static (string Surname, int Count) NearMissOf(string word, List<(string Surname, int Count, int First)> subjects)
    {
        foreach (var subject in subjects)
        {
            if (IsNearMiss(word, subject.Surname))
            {
                return (subject.Surname, subject.Count);
            }
        }

        return default;
    }

    /// <summary>One letter changed (not the first), or a change and an added letter after the same first two: "King" for "Kim".</summary>
    private static bool IsNearMiss(string word, string surname) =>
        word[0] == surname[0] && word.Length < 16 && Math.Abs(word.Length - surname.Length) <= 1 && !string.Equals(word, surname, StringComparison.Ordinal)
        && NameText.Distance(word, surname) switch
        {
            1 => word.Length == surname.Length,
            2 => word.Length != surname.Length && word[1] == surname[1],
            _ => false,
        };

    /// <summary>The surnames of titled or family-name-first people, each with room for its count, or null when there are none.</summary>
    private static Dictionary<string, (int Count, int First)>? People(NamingModel model)
    {
        Dictionary<string, (int Count, int First)>? people = null;
        foreach (var m in model.Mentions)
        {
            if (m.Traditions is not null)
            {
                (people ??= new(StringComparer.Ordinal)).TryAdd(m.WordAt(0), default);
            }
            else if (m.Title is not null || m.Honorific is not null)
            {
                (people ??= new(StringComparer.Ordinal)).TryAdd(m.Last.Text, default);
            }
        }

        return people;
    }

    /// <summary>Surnames of <paramref name="people"/> mentioned at least three times, with their counts.</summary>
    private static List<(string Surname, int Count, int First)> Subjects(NamingModel model, Dictionary<string, (int Count, int First)> people)
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

        // Most mentioned first; on a tie, the one referred to first.
        var subjects = new List<(string Surname, int Count, int First)>();
        foreach (var (surname, (count, first)) in people)
        {
            if (count >= 3 && surname.Length >= 3)
            {
                subjects.Add((surname, count, first));
            }
        }

        subjects.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.First.CompareTo(b.First));
        return subjects;
    }
}
