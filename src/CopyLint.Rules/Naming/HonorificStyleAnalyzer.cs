using System.Collections.Immutable;
using CopyLint.Engine;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Naming;

/// <summary>CL2003: one person called both "Mr Kim" and plain "Kim", or against the house's honorific style.</summary>
public sealed partial class HonorificStyleAnalyzer(NamingModelCache cache) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL2003",
        "Honorific style",
        "'{0}' does not follow the article's honorific style: {1}",
        RuleCategory.Naming,
        Severity.Info,
        "House styles either put a courtesy title before a surname on later references ('Mr Kim', 'Dr Patel') or never do; "
        + "an article should not do both for one person. The option honorifics chooses the style the rule holds the article to.")
    {
        Name = "honorific-style",
        Summary = "One person has a courtesy title on some later references and not on others.",
        Reports =
        [
            "With honorifics: 'consistent' (the default), the rarer style for each surname.",
            "With honorifics: 'always', a bare surname of anyone given a title or honorific elsewhere.",
            "With honorifics: 'never', every honorific.",
            "An Arabic family name with its particle is one surname: 'Mr Al Tayer' and 'Al Tayer'.",
            "With honorifics: 'consistent', when the story writes a later reference with the title ('Mr Fry', 'Cllr Ashworth'), a first reference 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx' or 'Cllr' + full name counts as one with it: 'Mr Jason Foot said' … 'Foot said' is reported (rules/lists/honorific-style-titles.txt).",
        ],
        LeftAlone =
        [
            "Full names. Initials before the surname are a given name, so 'Health Minister Ma. Subramanian' is a first reference.",
            "A bare surname after a full name with 'Dr', 'Prof', 'Sir' or 'Dame', or a title of office such as 'Councillor', which styles with no honorifics also write: 'Sir Keir Starmer' … 'Starmer said'; and 'Mr Full Name' then the bare surname in a story with no later 'Mr Gama', as West African copy writes: 'Mr Stanley Gama said' … 'Gama said'.",
            "A weekday before the surname is a given name, and the name a full name, unless a word such as 'on' or 'last' makes it a day: 'the declaration of Monday Okpebholo as governor'.",
            "Quotations and headlines.",
            "An honorific opening a sentence keeps its honorific though the story also writes the word in lower case: 'Dame Helen was made a dame in 2022' beside 'Dame Helen said' (a bare 'Helen was made a dame' is reported).",
            "A title of office: 'President Putin', or 'Skipper Firtéar' opening a sentence in a story that also writes 'the skipper'.",
            "A business named by the surname: 'Weintraub's Bakery', or a business noun after it: 'Choi's Table' (rules/lists/honorific-business-nouns.txt).",
            "A business named by one capitalised word after 'at' that ends the name: 'sold at Mulroy's Centra on Main Street'.",
            "A possessive surname with no noun after it, straight after a verb such as 'opened', 'runs' or 'sold', is the restaurant or shop named after its owner: 'Geoffrey Marlow, 64, opened Marlow's in Walcot Street' beside 'Mr Marlow' ('opened Marlow's letter' is the person's).",
            "A party to a case: 'Kowalczyk v Parkside'.",
            "A full name with a quoted nickname: 'Patrick \"Packie\" Reilly'.",
            "Parents named with a maiden name: 'Morris and Rose (Feldman) Weintraub'.",
            "A possessive surname before a funeral director's business of two words: 'Reposing at Ward's Funeral Home, Tubbercurry' (rules/lists/honorific-business-nouns.txt); 'Ward's Funeral Mass' is still the person's.",
            "A surname after a name piece with an elided particle ends a full name: '(Brian d'Arcy James-Hall, superb)' then 'Mr. James-Hall'.",
            "With honorifics: 'consistent', a surname two full names share, where the honorific tells one person from the other: 'Tobi Adeyemi' … 'Adeyemi said' beside his father 'Babatunde Adeyemi' … 'Mr Adeyemi said'.",
            "A surname that opens a firm's name before '& Co', '& Partners', '& Sons' or '& Associates': 'Graham Pettigrew, 58, of Pettigrew & Co in Woking' beside 'Mr Pettigrew' ('Pettigrew and his partners' is the person).",
        ],
    };

    private static readonly string[] Styles = ["consistent", "always", "never"];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override IReadOnlyList<RuleOption> Options { get; } =
        [new("honorifics", "House style for courtesy titles before surnames: consistent, always or never.", "consistent", Styles)];

    public override void Analyze(AnalysisContext context)
    {
        var model = cache.For(context);
        var style = context.OptionsFor(Descriptor).GetString("honorifics", "consistent");
        var mentions = model.Mentions;
        var firstReferences = style == "consistent" ? StyledFirstReferences(model) : null;
        if (style != "always" && !HasHonorific(mentions) && firstReferences is null)
        {
            // Only the "always" style reports anything in copy that gives no one an honorific.
            return;
        }

        // The references grouped by form (numbered by the model), in order of first appearance. The styles but "always"
        // report only a name some reference gives an honorific: the rest need no group.
        var forms = model.Forms;
        var withHonorific = style == "always" ? null : new bool[forms.Count];
        if (withHonorific is not null)
        {
            foreach (var m in mentions)
            {
                if (IsReference(m) && (m.Honorific is not null || (firstReferences is not null && (firstReferences.ContainsKey(m.Form) || IsStyleTitled(model, m)))))
                {
                    withHonorific[forms.IdOf(m)] = true;
                }
            }
        }

        var byForm = new List<Mention>?[forms.Count];
        var groups = new List<List<Mention>>();
        foreach (var m in mentions)
        {
            if (IsReference(m) && withHonorific?[forms.IdOf(m)] != false)
            {
                ref var group = ref byForm[forms.IdOf(m)];
                if (group is null)
                {
                    group = [];
                    groups.Add(group);
                }

                group.Add(m);
            }
        }

        var titled = style == "always" ? TitledPeople(model) : [];
        foreach (var group in groups)
        {
            Report(context, model, style, titled, group, firstReferences);
        }
    }

    private static void Report(AnalysisContext context, NamingModel model, string style, HashSet<string> titled, List<Mention> group, Dictionary<string, Mention>? firstReferences)
    {
        var withHonorific = group.FindAll(m => m.Honorific is not null);
        var styled = firstReferences is null ? withHonorific : Styled(model, group, firstReferences);
        var bare = group.FindAll(m => m.Honorific is null && m.Title is null && !NamesNoOnePerson(model, m) && !FollowsWeekdayName(model, m) && !FollowsInitials(model, m) && !FollowsElidedParticle(m));
        switch (style)
        {
            case "never":
                withHonorific.ForEach(m => ReportHonorific(context, m, "house style uses no honorifics"));
                break;
            case "always" when withHonorific.Count > 0 || titled.Contains(group[0].Form):
                bare.ForEach(m => ReportBare(context, m, withHonorific.FirstOrDefault()?.Honorific, "house style puts an honorific before a surname"));
                break;
            case "consistent" when styled.Count > 0 && bare.Count > 0 && !IsSharedByTwoPeople(model, group[0].Form):
                var honorificFirst = styled[0].Index < bare[0].Index;
                if (styled.Count > bare.Count || (styled.Count == bare.Count && honorificFirst))
                {
                    var h = styled[0].Honorific ?? styled[0].Title;
                    bare.ForEach(m => ReportBare(context, m, h, $"'{h} {styled[0].Form}' on line {model.LineOf(styled[0])}"));
                }
                else
                {
                    withHonorific.ForEach(m => ReportHonorific(context, m, $"plain '{m.Form}' on line {model.LineOf(bare[0])}"));
                }

                break;
        }
    }

    /// <summary>
    /// "Tobi Adeyemi" and his father "Babatunde Adeyemi": two full names with other given names end in the surname, so
    /// the honorific ("Mr Adeyemi said") is how the story tells the father from the son, not a slip of style.
    /// </summary>
    private static bool IsSharedByTwoPeople(NamingModel model, string surname)
    {
        string? given = null;
        foreach (var m in model.Mentions)
        {
            if (m.Length >= 2 && m.Traditions is null && m.Last.Text == surname && !m.IsAcronym)
            {
                if (given is null)
                {
                    given = m.WordAt(0);
                }
                else if (m.WordAt(0) != given)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// "the declaration of Monday Okpebholo as governor": a weekday (a Nigerian or Ghanaian given name) just before the
    /// surname, and not after a word that makes it a day ("on Monday Smith said", "last Friday Smith"), is the first
    /// reference's given name, so the surname is no plain later reference.
    /// </summary>
    private static bool FollowsWeekdayName(NamingModel model, Mention m)
    {
        if (m.PreviousWord is not ("Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"))
        {
            return false;
        }

        var before = model.Document.Text.AsSpan(0, m.Span.Start).TrimEnd(' ');
        if (!before.EndsWith(m.PreviousWord, StringComparison.Ordinal))
        {
            return false; // "On Monday, Okpebholo said"
        }

        before = before[..^m.PreviousWord.Length].TrimEnd(' ');
        var word = before[(before.LastIndexOfAny(' ', '\n') + 1)..];
        return word.Length > 0 && char.IsLower(word[0]) && !DayWords.Contains(word.ToString());
    }

    /// <summary>
    /// "Health Minister Ma. Subramanian", "Chief Minister M.K. Stalin": initials before the surname (a capital and at
    /// most one more letter, each with its full stop) are the first reference's given name, as South Indian names are
    /// written, so the surname is no plain later reference. Initials after a lower-case word are an abbreviation
    /// ending a sentence ("in the U.S. Smith said").
    /// </summary>
    private static bool FollowsInitials(NamingModel model, Mention m)
    {
        var before = model.Document.Text.AsSpan(0, m.Span.Start).TrimEnd(' ');
        var start = before.LastIndexOfAny(' ', '\n') + 1;
        var initials = before[start..];
        if (initials.Length < 2 || initials[^1] != '.')
        {
            return false;
        }

        for (var i = 0; i < initials.Length;)
        {
            var letters = initials[i..].IndexOf('.');
            if (letters is < 1 or > 2 || !char.IsUpper(initials[i]) || (letters == 2 && !char.IsLower(initials[i + 1])))
            {
                return false;
            }

            i += letters + 1;
        }

        var rest = before[..start].TrimEnd(' ');
        var word = rest[(rest.LastIndexOfAny(' ', '\n') + 1)..];
        return word.Length == 0 || !char.IsLower(word[0]);
    }

    /// <summary>
    /// "Brian d'Arcy James": a name piece with an elided particle ("d'Arcy", "l'Estrange") just before the surname makes it
    /// the end of a full name, which the mention model splits at the lower-case particle.
    /// </summary>
    private static bool FollowsElidedParticle(Mention m) =>
        m.PreviousWord is { Length: >= 3 } word && char.IsLower(word[0]) && word[1] is '\'' or '’' && char.IsUpper(word[2]);

    private static readonly WordSet DayWords = new(["on", "last", "next", "this", "every", "since", "until", "till", "by", "from", "before", "after", "that", "late", "early"]);

    /// <summary>A one-word reference to someone; "the Trump administration" uses the name as a modifier, which takes no honorific in any style.</summary>
    private static bool IsReference(Mention m) =>
        (m.Length == 1 || IsParticleSurname(m)) && !m.InHeading && !m.InQuote && !m.IsAcronym && !m.IsAcronymDefinition && m.PreviousWord is not ("the" or "a" or "an" or "The" or "A" or "An");

    /// <summary>
    /// "Mr Al Tayer" and "Al Tayer", "Dr Abu Zeid": an Arabic family name is its particle and the name after it (the
    /// particles of MentionFinder.ParticleWords, capitalised), one surname as "Tayer" alone would be.
    /// </summary>
    private static bool IsParticleSurname(Mention m) =>
        m.Length == 2 && m.WordAt(0) is { Length: >= 2 } particle && char.IsUpper(particle[0])
        && MentionFinder.ParticleWords.Contains(particle.ToLowerInvariant());

    /// <summary>
    /// "opened Weintraub's Bakery", "Weintraub's Bagels opened": a possessive surname before a common noun capitalised
    /// as a name (the story writes "bakery" elsewhere, or the noun names a business: "Choi's Table") names a business; "Morris and Rose (Feldman) Weintraub": a surname
    /// after a bracketed maiden name names a couple. Neither refers to the person, so neither takes the honorific.
    /// "Biden's White House", "Trump's Republican allies" do.
    /// </summary>
    private static bool NamesNoOnePerson(NamingModel model, Mention m)
    {
        var text = model.Document.Text;
        var after = text.AsSpan(m.Span.End);
        if (IsCaseCitation(text.AsSpan(0, m.Span.Start), after) || OpensFirmName(after))
        {
            return true;
        }

        if ((after.StartsWith("'s ") || after.StartsWith("’s ")) && after.Length > 4 && char.IsUpper(after[3]) && char.IsLower(after[4]))
        {
            var noun = after[3..];
            var tail = noun[1..].IndexOfAnyExceptInRange('a', 'z');
            var word = tail < 0 ? noun : noun[..(tail + 1)];
            return model.Lexicon.BusinessNouns.Contains(word) || model.Lexicon.BusinessNouns.Contains(TwoWords(noun, word.Length)) || IsWrittenInLowerCase(text, word)
                || (m.PreviousWord == "at" && EndsVenueName(noun[word.Length..]));
        }

        if (NamesOwnersBusiness(m, after))
        {
            return true;
        }

        var before = text.AsSpan(0, m.Span.Start);
        if (FollowsNickname(before))
        {
            return true;
        }

        if (!before.EndsWith(") "))
        {
            return false;
        }

        var open = before.LastIndexOf('(');
        var maiden = open < 0 ? [] : before[(open + 1)..^2];
        var given = open < 0 ? [] : before[..open].TrimEnd(' ');
        given = given[(given.LastIndexOf(' ') + 1)..];
        return maiden.Length > 1 && char.IsUpper(maiden[0]) && !maiden.Contains(' ') && given.Length > 1 && char.IsUpper(given[0]);
    }

    /// <summary>
    /// "of Pettigrew & Co in Woking", "Hale & Partners": a surname before "& Co", "& Partners", "& Sons" or "& Associates"
    /// names a practice, not the person ("Pettigrew and his partners" does not).
    /// </summary>
    private static bool OpensFirmName(ReadOnlySpan<char> after)
    {
        if (!after.StartsWith(" & "))
        {
            return false;
        }

        var word = after[3..];
        var end = word.IndexOfAnyExceptInRange('A', 'z');
        return FirmNameTails.Contains(end < 0 ? word : word[..end]);
    }

    /// <summary>
    /// "Geoffrey Marlow, 64, opened Marlow's in Walcot Street in 1995": a possessive surname with no noun after it (a
    /// stop or a preposition of place ends it), straight after a verb of running or trading a business, is the restaurant
    /// or shop named after its owner. With a noun after it ("opened Marlow's letter") it is still the person's.
    /// </summary>
    private static bool NamesOwnersBusiness(Mention m, ReadOnlySpan<char> after) =>
        m.PreviousWord is { } verb && BusinessVerbs.Contains(verb)
        && (after.StartsWith("'s") || after.StartsWith("’s")) && EndsVenueName(after[2..]);

    private static readonly WordSet BusinessVerbs = new(["opened", "opens", "reopened", "runs", "ran", "owns", "owned", "bought", "sold", "closed"]);

    private static readonly WordSet FirmNameTails = new(["Co", "Partners", "Sons", "Associates"]);

    /// <summary>"Funeral Home" from "Funeral Home, Tubbercurry": the capitalised word after the first one joined to it, or the first alone.</summary>
    private static ReadOnlySpan<char> TwoWords(ReadOnlySpan<char> noun, int first)
    {
        if (noun.Length < first + 3 || noun[first] != ' ' || !char.IsUpper(noun[first + 1]))
        {
            return noun[..first];
        }

        var tail = noun[(first + 2)..].IndexOfAnyExceptInRange('a', 'z');
        return tail < 0 ? noun : noun[..(first + 2 + tail)];
    }

    /// <summary>
    /// "sold at Mulroy's Centra on Main Street": after "at", a possessive surname and one capitalised word that ends
    /// there (punctuation or a preposition of place follows) name a shop or a pub, not the person. A word that goes on
    /// with a noun is the person's ("at Mulroy's Christmas party"), and so is a lower-case one ("at Mulroy's home").
    /// </summary>
    private static bool EndsVenueName(ReadOnlySpan<char> rest) =>
        rest.Length == 0 || rest[0] is ',' or '.' or ';' or ')'
        || rest.StartsWith(" on ") || rest.StartsWith(" in ") || rest.StartsWith(" near ") || rest.StartsWith(" outside ")
        || rest.StartsWith(" off ") || rest.StartsWith(" beside ");

    /// <summary>
    /// "Patrick \"Packie\" Reilly": the surname ends a full name with a quoted nickname between the given name and it, a
    /// first reference, not a later one.
    /// </summary>
    private static bool FollowsNickname(ReadOnlySpan<char> before)
    {
        if (before.Length < 6 || before[^1] != ' ' || before[^2] is not ('"' or '”' or '\'' or '’'))
        {
            return false;
        }

        var close = before[^2];
        var open = close switch { '”' => '“', '’' => '‘', _ => close };
        var quoted = before[..^2];
        var start = quoted.LastIndexOf(open);
        var nickname = start < 0 ? [] : quoted[(start + 1)..];
        if (nickname.Length is < 2 or > 24 || !char.IsUpper(nickname[0]) || nickname.ContainsAny(".,!?\""))
        {
            return false;
        }

        var given = quoted[..start];
        return given.Length >= 3 && given[^1] == ' ' && char.IsLetter(given[^2]) && NameStartsAt(given[..^1]);
    }

    /// <summary>The last word of <paramref name="text"/> is capitalised: "Patrick".</summary>
    private static bool NameStartsAt(ReadOnlySpan<char> text)
    {
        var word = text[(text.LastIndexOfAny(' ', '\n') + 1)..];
        return word.Length >= 2 && char.IsUpper(word[0]);
    }

    /// <summary>"Kowalczyk v Parkside", "R v O'Donnell", "Roe v. Wade": a party named in a case citation names the case.</summary>
    private static bool IsCaseCitation(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        foreach (var versus in (ReadOnlySpan<string>)[" v ", " v. ", " vs ", " vs. "])
        {
            if (after.StartsWith(versus, StringComparison.Ordinal) || before.EndsWith(versus, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The story also writes <paramref name="noun"/> as a common noun: "the bakery's books" beside "Weintraub's Bakery".</summary>
    private static bool IsWrittenInLowerCase(string text, ReadOnlySpan<char> noun)
    {
        Span<char> lower = stackalloc char[Math.Min(noun.Length, 64)];
        noun[..lower.Length].ToLowerInvariant(lower);
        var from = 0;
        while (text.AsSpan(from).IndexOf(lower, StringComparison.Ordinal) is var found and >= 0)
        {
            var at = from + found;
            var end = at + lower.Length;
            if (end < text.Length && text[end] == 's')
            {
                end++;
            }

            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private static bool HasHonorific(ImmutableArray<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Honorific is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For "always": surnames that end a titled full name ("President Vladimir Putin", "lawmaker Yoo Sang-bum").</summary>
    private static HashSet<string> TitledPeople(NamingModel model) =>
        [.. model.Mentions.Where(m => m.Length >= 2 && m.Title is not null)
            .Select(m => m.Traditions is not null ? m.WordAt(0) : m.Last.Text)];

    private static void ReportHonorific(AnalysisContext context, Mention mention, string message)
    {
        var span = mention.HonorificSpan!.Value;
        context.Report(Descriptor, Text.TextSpan.FromBounds(span.Start, mention.Span.End), new CodeFix($"Remove '{mention.Honorific}'", TextEdit.Delete(span)), $"{mention.Honorific} {mention.Form}", message);
    }

    private static void ReportBare(AnalysisContext context, Mention mention, string? honorific, string message)
    {
        IReadOnlyList<CodeFix> fixes = honorific is null ? [] : [new CodeFix($"Write '{honorific} {mention.Form}'", new TextEdit(new(mention.Span.Start, 0), honorific + " "))];
        context.Report(Descriptor, mention.Span, fixes, mention.Form, message);
    }
}
