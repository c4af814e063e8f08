using CopyLint.Engine;

namespace CopyLint.Rules.Dates;

/// <summary>CL4003: one person given two ages ("Tom Hale, 45," then "Hale, 46,").</summary>
public sealed class InconsistentAgeAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL4003",
        "Person given two ages",
        "'{0}' is {1} here but {2} on line {3}",
        RuleCategory.NumbersAndDates,
        Severity.Warning,
        "A story gives a person's age once, after the name ('Tom Hale, 45,'); when it gives it again it must be the same, "
        + "or one of the two is a slip that a correction will have to put right. No fix is offered: the editor must "
        + "find out which age is right.")
    {
        Name = "inconsistent-age",
        Summary = "One person given two different ages in one story.",
        Reports =
        [
            "A name given two ages, as 'Name, 45,' or 'Name, aged 45': 'Tom Hale, 45, a roofer' then 'Tom Hale, 46, said'.",
            "A surname alone whose age differs from the full name's, when one person in the story has that surname: 'Tom Hale, 45' then 'Hale, 46'.",
            "The same for the first of two surnames, the Spanish style: 'Mónica Herrera Cámara, 44' then 'Herrera, 47'.",
            "A surname after a courtesy title, when the full name is written with that title: 'Ms Lucy Akello, 47' then 'Ms Akello, 52'.",
            "A surname after a courtesy title the full name is not written with, when no sentence with either names a relative: 'Jenny Palmer, 64' then 'Mrs Palmer, 66'.",
            "One surname after one courtesy title, written so twice with two ages, beside a relative or not: 'Mr Latham, 71, took over the pub with his late wife' then 'Mr Latham, 72, was given a photograph'.",
            "A Korean, Chinese or Japanese family name alone, against the full name it opens: 'Rhee Chang-yong, 65' then 'Rhee, 64'.",
            "A family name alone against the full name it opens before a hyphenated given name, after a job too: 'Shopkeeper Lin Mei-chi, 60' then 'Lin, 62'; 'Fung Kwok-wing, 72' then 'Fung, 74'.",
            "An age before a name against one after it: 'the 23-year-old Sundara' after 'Sundara, 24,'.",
            "A Malay given name alone against the full name it opens before 'bin' or 'binti': 'Rosnah binti Abu Bakar, 47' then 'Rosnah, 49' (the father's name alone, 'Bakar, 74', is someone else).",
            "A given name alone against the full name of two words it opens, when the story never writes the second word alone, as Ethiopian, Eritrean, Icelandic and Faroese copy refer to a person: 'Amna Idris, 52' then 'Amna, 54' (not in a sentence that names a relative: 'Tom Hale, 45, and his son Tom, 12').",
            "Likewise a given name after a courtesy title, as Thai copy refers to a person: 'Prasert Wongchai, 61' then 'Mr Prasert, 63' (not when the story writes the surname, alone or after a title: 'Mr Price' makes 'Mr Jordan' someone other than 'Jordan Price').",
            "A person introduced by surname only, with the age before it, against an age after the surname: 'a 52-year-old man surnamed Kuo' then 'Kuo, 54'.",
            "An age given in a clause after the name: 'Asante, who is 61,' and 'Nkosi, who turned 74 last month' (but not 'Nkosi, who is 12 points clear').",
            "The age an obituary gives with the death, after the name or after a 'who' clause that follows the name opening the sentence: 'Harold Pennington, who ran the shop, has died aged 91' or 'Reid, who has died aged 85,' then 'Pennington, 92, had been a churchwarden' (not 'Reid said his brother has died aged 85').",
            "An age given as the age today after the name: 'Flanagan, now 71, still has the letter' against 'Flanagan, 72, said' (but not 'Flanagan, now 12 points clear').",
            "A surname after a sentence's opening word, which is not part of the name: 'Under Cordero, the port invested' does not make 'Under Cordero' a second person beside 'Mario Cordero'.",
            "A surname alone against the full name when a results or scorers line gives the player by initial and surname: 'D Burke-Walsh 2-4' is 'Dónal Burke-Walsh', not a second person, so 'Burke-Walsh, 31' is read against 'Dónal Burke-Walsh, 30'.",
        ],
        LeftAlone =
        [
            "A surname with a courtesy title the full name is never written with, beside a word for a relative, which may be any member of the family: 'His granddaughter, Vivian Lau, 29' and 'Mr. Lau, 91'.",
            "A man's courtesy title and a woman's before one surname, a couple: 'said Mrs Mallory, now 79' and 'Mr Mallory, 82, built the walls' (but 'Mrs Mallory, 82' after 'Mrs Mallory, now 79' is reported).",
            "A surname alone when two people in the story have it: 'Paul Hollis, 54' and 'Mark Hollis, 58', then 'Hollis, 56'.",
            "A surname alone beside an initial and the surname that the full name's given name does not open, which may be someone else: 'Aoife Dolan, 24', 'E Dolan 1-5' in the scorers, then 'Dolan, 25'.",
            "An age after a year in its sentence, which may be the age the person had then: 'In 1998 Hale, 22, won the title' (but 'Hale, 52, who has worked there since 1998' is read).",
            "A birthday to come, which is not the age now: 'Isla Brodie, 20' and 'Brodie, who turns 21 in March, will move up' (but 'who turns 21 today' and 'who turned 21 in March' are read).",
            "An age in brackets, which in sports copy is a score ('Root (45)'), and 'the 46-year-old' with no name, which may be someone else.",
            "Two ages before a name and none after it, where the capitalised word may be a nationality or a team: 'the 45-year-old Briton' and 'a 32-year-old Briton'.",
            "A surname the story introduces twice with 'surnamed', which names two people: 'a man surnamed Chan, 45' and 'a woman surnamed Chan, 38'.",
        ],
    };

    private readonly AgeReader _ages;

    /// <summary>
    /// "said Mrs Mallory, now 79" and "Mr Mallory, 82": a man's courtesy title and a woman's before one surname name two
    /// people, a couple more often than a slip.
    /// </summary>
    private static bool AreHusbandAndWife(string? first, string? second) =>
        (first is "Mr" && second is "Mrs" or "Ms" or "Miss") || (second is "Mr" && first is "Mrs" or "Ms" or "Miss");

    /// <summary>
    /// "Mónica Herrera Cámara, 44" for "Herrera", whose full name reads "Mónica Herrera": a name given an age with one more
    /// capitalised word, the second surname of the Spanish style; the full name itself when none or two are.
    /// </summary>
    private static string? WithSecondSurname(Dictionary<string, StatedAge> firstAgeOf, string? full)
    {
        if (full is null || firstAgeOf.ContainsKey(full))
        {
            return full;
        }

        string? longer = null;
        foreach (var name in firstAgeOf.Keys)
        {
            if (name.Length > full.Length + 2 && name.StartsWith(full, StringComparison.Ordinal) && name[full.Length] == ' '
                && char.IsUpper(name[full.Length + 1]) && name.IndexOf(' ', full.Length + 1) < 0)
            {
                if (longer is not null)
                {
                    return full;
                }

                longer = name;
            }
        }

        return longer ?? full;
    }

    private static bool IsTitledSurname(StatedAge age) => age.Honorific is not null && age.IsSurnameAlone;

    internal InconsistentAgeAnalyzer(RuleDataSet data) => _ages = new AgeReader(data);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var ages = _ages.Read(context);
        if (ages.Count < 2)
        {
            return;
        }

        // Ages after names first: an age before a name ("the 45-year-old Briton") is only checked against them.
        var firstAgeOf = new Dictionary<string, StatedAge>(StringComparer.Ordinal);
        var firstAgeWrittenAs = new Dictionary<string, StatedAge>(StringComparer.Ordinal);
        foreach (var beforeName in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var age in ages)
            {
                if (age.BeforeName != beforeName)
                {
                    continue;
                }

                if (age.IsSurnameAlone && AgeReader.IsSurnamedTwice(context, age.Name))
                {
                    continue;
                }

                var person = age.IsSurnameAlone ? WithSecondSurname(firstAgeOf, _ages.FullNameOf(context, age)) ?? age.Written : age.Name;
                // "Mr Latham, 71, … with his late wife" then "Mr Latham, 72": the relative beside the first leaves its
                // full name open, but one titled surname written the same way twice is one person.
                if (firstAgeOf.TryGetValue(person, out var first)
                    || (!beforeName && IsTitledSurname(age) && firstAgeWrittenAs.TryGetValue(age.Written, out first)))
                {
                    if (first.Age != age.Age && !first.InDatedSentence && !age.InDatedSentence && !AreHusbandAndWife(first.Honorific, age.Honorific))
                    {
                        context.Report(Descriptor, age.Span, age.Written, age.Age, first.Age, context.Document.GetLinePosition(first.Span.Start).Line);
                    }
                }

                if (!beforeName)
                {
                    firstAgeOf.TryAdd(person, age);
                    if (IsTitledSurname(age))
                    {
                        firstAgeWrittenAs.TryAdd(age.Written, age);
                    }
                }
            }
        }
    }
}
