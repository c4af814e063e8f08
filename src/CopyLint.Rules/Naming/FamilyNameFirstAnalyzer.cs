using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>CL2002: a later reference to a Korean, Chinese, Japanese (written family name first) or Vietnamese name by the wrong part of it.</summary>
public sealed class FamilyNameFirstAnalyzer(NamingModelCache cache, RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL2002",
        "Wrong short form of a family-name-first name",
        "'{0}' refers to {1} (line {2}) by the wrong part of the name: {3}",
        RuleCategory.Naming,
        Severity.Warning,
        "Korean and Chinese names put the family name first, so the short reference to Kim Jong Un is 'Kim', never 'Jong Un'; "
        + "Vietnamese names are shortened to the last given name, as the wire services do. This rule reports a later reference "
        + "to such a name by the wrong part of it. The family names are data (rules/lists/family-name-first-surnames.txt).")
    {
        Name = "family-name-first-short-reference",
        Summary = "A family-name-first name is shortened to the wrong part of it.",
        Reports =
        [
            "A Korean or Chinese name shortened to its given names: 'Jong Un' for Kim Jong Un (the reference is 'Kim'), or 'Mr Shuo' for Li Shuo.",
            "A Japanese name written family name first, shortened to its given name: 'Kenji' for Tanaka Kenji (the reference is 'Tanaka'), or 'Ryoichi' for Akamatsu Ryoichi ('Akamatsu').",
            "A Chinese name from Singapore, Malaysia or Hong Kong shortened to its given names: 'Wei Ming' for Tan Wei Ming (the reference is 'Tan').",
            "A Vietnamese name shortened to its family name: 'Pham' for Pham Minh Chinh (the reference is 'Chinh'); Tran Thi Thu Ha is 'Ha'.",
            "A name counts as family-name-first only when it starts with one of the family names and its given names have the tradition's shape: two short syllables ('Jong Un'), a hyphenated pair ('Sang-bum'), or one pinyin word of four letters or more ('Jinping').",
            "After a Japanese family name, a given name in Hepburn romanisation of five letters or more: 'Ryoichi'.",
            "After a Chinese family name that is no given name, a given name of any length: 'Zhang Wei' (rules/lists/family-name-first-only-surnames.txt).",
            "The Chinese given names alone after a Hong Kong name with an English name first: 'Tony Lee Kar-yun' … 'Kar-yun said' (the right reference is 'Lee').",
            "The same after a family name the list has as Vietnamese only, whose hyphenated given name is Cantonese: 'David Lam Tzit-yuen' … 'Tzit-yuen said' (the right reference is 'Lam').",
            "The same after a less common Chinese family name, with a given name that repeats its syllable: 'Yingying' for Guan Yingying (the reference is 'Guan').",
        ],
        LeftAlone =
        [
            "Western names such as 'Lee Evans', whose given names do not have the tradition's shape, and the ordinary surname references to them ('Putin' after 'Vladimir Putin').",
            "A place named for a person: 'Tran Hung Dao Street'.",
            "A given name that is also a family name or someone's surname in the story: 'Wei Chen', 'Park Lane' beside 'Sarah Lane' (but not a photographer's credit: '(Linh Pham/AP)').",
            "A given name that tells apart two people of the same family name: 'Hui Min' for Lim Hui Min beside her father, Lim Boon Keng (but 'Chuqin' for Wang Chuqin is reported where the copy has called him 'Wang' before Wang Manyu is named, and the given name comes before her name too).",
            "A name romanised two ways ('Kim Su-jin' beside 'Kim Soo-jin', 'Pham Quang Dzung' beside 'Pham Quang Dung'), or written with and without its hyphen ('Kim Seok-jin' beside 'Kim Seokjin'), is one person, not two to tell apart.",
            "Given names inside quotes, where a teammate or colleague may use them.",
            "A Vietnamese family name where the copy says the given name is what people call the person ('Lan, as her staff call her'): the family name is the reference on purpose.",
            "A Vietnamese family name the copy keeps as the reference by house style, as Australian, British and North American papers do for people who live there: with an honorific ('Mr Nguyen'), or alone on every later reference, three times or more, the given name never alone (once in a story from Vietnam is still reported).",
            "Names shortened otherwise by custom: 'Ho' for Ho Chi Minh (rules/lists/family-name-first-exceptions.txt).",
        ],
    };

    /// <summary>Family names that are no given names ("Zhang"): a name they open is family-name-first whatever follows.</summary>
    private readonly IReadOnlySet<string> _onlySurnames = data.GetSet("family-name-first-only-surnames", StringComparer.Ordinal);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var model = cache.For(context);
        var lexicon = model.Lexicon;
        Dictionary<string, (Mention FullName, string Right, int Until)>? wrongForms = null;
        // The first letters of the wrong forms (bit c % 64): most mentions are no wrong form, and need no look-up.
        var wrongInitials = 0UL;
        // A full name written again is examined again to the same end: each form is examined once.
        bool[]? examined = null;
        foreach (var mention in model.Mentions)
        {
            if (mention.InHeading || mention.IsAcronymDefinition)
            {
                continue;
            }

            if (wrongForms is not null && !mention.InQuote && (wrongInitials & InitialBit(mention.First.Text)) != 0
                && wrongForms.TryGetValue(mention.Form, out var entry) && entry.FullName.Index < mention.Index && mention.Index < entry.Until
                && (mention.Honorific is null || entry.Right == entry.FullName.WordAt(0)))
            {
                var fix = new CodeFix($"Replace with '{entry.Right}'", new TextEdit(mention.Span, entry.Right));
                var why = entry.Right != entry.FullName.WordAt(entry.FullName.Length - 1)
                    ? $"the family name '{entry.Right}' comes first"
                    : $"Vietnamese names are shortened to the last given name, '{entry.Right}'";
                context.Report(Descriptor, mention.Span, fix, mention.Form, entry.FullName.Form, model.LineOf(entry.FullName), why);
                continue;
            }

            if (IsEnglishNameBeforeFamilyName(lexicon, mention))
            {
                // "Tony Lee Kar-yun" is "Lee" later, as "Lee Kar-yun" is: the English name is no family name.
                Add(ref wrongForms, ref wrongInitials, mention.WordAt(2), (mention, mention.WordAt(1), int.MaxValue));
                continue;
            }

            if (mention.Length > 4 || mention.Traditions is not { } traditions || lexicon.FamilyNameFirstExceptions.Contains(mention.Form))
            {
                continue;
            }

            examined ??= new bool[model.Forms.Count];
            if (examined[model.Forms.IdOf(mention)])
            {
                continue;
            }

            examined[model.Forms.IdOf(mention)] = true;

            var family = mention.WordAt(0);
            var given = mention.Name[1..];
            if ((traditions.Contains(NameTradition.FamilyName) || IsHyphenatedGivenName(given))
                && (_onlySurnames.Contains(family) ? HasEastAsianGivenName(given) || (given is [var syllable] && PinyinGivenName.IsShort(syllable.Text))
                    : (HasEastAsianGivenName(given) || (given is [var hepburn] && lexicon.JapaneseFamilyNames.Contains(family) && JapaneseGivenName.Is(hepburn.Text)))
                      && !IsFamilyNameToo(lexicon, given))
                && !(given is [var one] && EndsWesternName(model, one.Text, mention.Form)) && ReportableUntil(model, mention) is > 0 and var until)
            {
                // The given names as written: the form after the family name and its space.
                Add(ref wrongForms, ref wrongInitials, mention.Form[(family.Length + 1)..], (mention, family, until));
            }
            else if (traditions.Contains(NameTradition.LastGivenName) && mention.Length is 3 or 4 && AreShortSyllables(given) && !PlaceNouns.Contains(given[^1].Text)
                && !EndsWesternName(model, family) && IsOnlyFullName(model, mention) && !IsCalledByGivenName(model, given[^1].Text)
                && !IsLocalFamilyNameStyle(model, mention, given[^1].Text))
            {
                Add(ref wrongForms, ref wrongInitials, family, (mention, given[^1].Text, int.MaxValue));
                // "Minh Chinh" for Pham Minh Chinh: both given names are no more right than the family name.
                Add(ref wrongForms, ref wrongInitials, mention.Form[(family.Length + 1)..], (mention, given[^1].Text, int.MaxValue));
            }
        }
    }

    private static void Add(ref Dictionary<string, (Mention FullName, string Right, int Until)>? wrongForms, ref ulong initials, string form, (Mention FullName, string Right, int Until) entry)
    {
        (wrongForms ??= new(StringComparer.Ordinal)).TryAdd(form, entry);
        initials |= InitialBit(form);
    }

    private static ulong InitialBit(string word) => 1UL << (word[0] % 64);

    /// <summary>
    /// Some name of two or more words that is not family-name-first ends in <paramref name="word"/>: "Sarah Lane" makes
    /// "Lane" her surname, whatever "Park Lane" looks like. A name that ends in <paramref name="fullName"/> itself is the
    /// same person after a capitalised word ("Q&amp;A: Pianist Lee Hyun-woo on Chopin"), not a Western name.
    /// </summary>
    private static bool EndsWesternName(NamingModel model, string word, string? fullName = null)
    {
        foreach (var m in model.Mentions)
        {
            if (m.Length >= 2 && m.Last.Text == word && m.Traditions is null && !IsCredit(model.Document.Text, m)
                && !(fullName is not null && m.Form.Length > fullName.Length && m.Form.EndsWith(fullName, StringComparison.Ordinal) && m.Form[^(fullName.Length + 1)] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last given name written alone where the copy says it is what people call the person ("Lan, as her staff call
    /// her", "known as Lan"): the writer knows the Vietnamese custom and keeps the family name as the reference on purpose,
    /// as Australian and American outlets often do for people who live there.
    /// </summary>
    private static bool IsCalledByGivenName(NamingModel model, string given)
    {
        foreach (var m in model.Mentions)
        {
            if (m.Length == 1 && m.First.Text == given)
            {
                var span = model.Document.Sentences[m.SentenceIndex].Span;
                var sentence = model.Document.Text.AsSpan(span.Start, span.Length);
                if (sentence.Contains(" call her", StringComparison.Ordinal) || sentence.Contains(" call him", StringComparison.Ordinal)
                    || sentence.Contains(" calls her", StringComparison.Ordinal) || sentence.Contains(" calls him", StringComparison.Ordinal)
                    || sentence.Contains("known as ", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The family name kept as the reference by house style, as Australian, British and North American papers do for
    /// people who live there ("Nguyen" for Nguyen Van Thanh of Sydney): with an honorific ("Mr Nguyen"), or alone on
    /// every later reference, three times or more, while the given name never stands alone. One slip in a story from
    /// Vietnam ("Pham said") is still a slip.
    /// </summary>
    private static bool IsLocalFamilyNameStyle(NamingModel model, Mention fullName, string given)
    {
        var family = fullName.WordAt(0);
        var plain = 0;
        foreach (var m in model.Mentions)
        {
            if (m.Length != 1 || m.Index <= fullName.Index || m.InHeading)
            {
                continue;
            }

            if (m.First.Text == family)
            {
                if (m.Honorific is not null)
                {
                    return true;
                }

                plain += m.InQuote ? 0 : 1;
            }
            else if (m.First.Text == given && !m.InQuote)
            {
                return false;
            }
        }

        return plain >= 3;
    }

    /// <summary>
    /// A photographer's name in a credit, beside the agency after a slash ("(Linh Pham/AP)", "AP Photo/Linh Pham"): no
    /// one in the story, so no one who shares the family name.
    /// </summary>
    private static bool IsCredit(string text, Mention m) =>
        (m.Span.End < text.Length && text[m.Span.End] == '/') || (m.Span.Start > 0 && text[m.Span.Start - 1] == '/');

    /// <summary>
    /// No other name of two or more words starts with the family name of <paramref name="fullName"/>. Beside "Lim Boon
    /// Keng", called "Lim", his daughter "Lim Hui Min" is "Hui Min" on purpose: the family name would not tell them apart.
    /// The same given name romanised another way ("Kim Su-jin" beside "Kim Soo-jin") is a slip, not a second person.
    /// </summary>
    private static bool IsOnlyFullName(NamingModel model, Mention fullName) => ReportableUntil(model, fullName) == int.MaxValue;

    /// <summary>
    /// Where a given name alone stops being a wrong reference to <paramref name="fullName"/> (a mention index): everywhere
    /// (<see cref="int.MaxValue"/>) when <see cref="IsOnlyFullName"/>; nowhere (0) when another of the family is named first,
    /// or before the family name alone has meant this person. When the family name alone meant this person before another
    /// of the family is named ("Wang said", then "Wang Manyu" in another final), the given name alone before that
    /// ("Chuqin, 25, recovered") tells no one apart: a slip, up to the other's name.
    /// </summary>
    private static int ReportableUntil(NamingModel model, Mention fullName)
    {
        var family = fullName.WordAt(0);
        var familyAlone = false;
        foreach (var m in model.Mentions)
        {
            if (m.Length == 1 && m.Index > fullName.Index && m.First.Text == family && !m.InQuote && !m.InHeading)
            {
                familyAlone = true;
            }
            else if (m.Length >= 2 && m.WordAt(0) == family && m.Form != fullName.Form && !IsCredit(model.Document.Text, m)
                && !(m.Length == 2 && fullName.Length == 2 && NameText.IsRomanisationVariant(m.WordAt(1), fullName.WordAt(1)))
                && !IsDzSpelling(m, fullName) && !IsSameNameWritten(m, fullName))
            {
                return familyAlone ? m.Index : 0;
            }
        }

        return int.MaxValue;
    }

    /// <summary>"Kim Seokjin" beside "Kim Seok-jin": the same name but for a hyphen, a space, case or accents, one person (CL2001 reports the spelling).</summary>
    private static bool IsSameNameWritten(Mention m, Mention fullName) =>
        string.Equals(NameText.Key(m.Form), NameText.Key(fullName.Form), StringComparison.Ordinal);

    /// <summary>"Pham Quang Dzung" beside "Pham Quang Dung": the same name but for a "D" written "Dz", one person (CL2001 reports the spelling).</summary>
    private static bool IsDzSpelling(Mention m, Mention fullName)
    {
        if (m.Length != fullName.Length || !NameText.IsVietnameseDzVariant(m.Last.Text, fullName.Last.Text))
        {
            return false;
        }

        for (var k = 0; k < m.Length - 1; k++)
        {
            if (m.WordAt(k) != fullName.WordAt(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One given word that is itself a family name first-named traditions use ("Wei Chen", "Yang Wang"): the order is
    /// ambiguous, and Western order ("Chen said") is usual for people who live abroad.
    /// </summary>
    private static bool IsFamilyNameToo(NameLexicon lexicon, ReadOnlySpan<NameWord> given) =>
        given is [var one] && lexicon.FamilyNameFirst.TryGetValue(one.Text, out var traditions) && traditions.Contains(NameTradition.FamilyName);

    /// <summary>
    /// A Hong Kong name with an English given name before the family name and the hyphenated Chinese given name after
    /// it ("Tony Lee Kar-yun", "Paul Chan Mo-po"): the first word opens no family-name-first name of its own.
    /// </summary>
    private static bool IsEnglishNameBeforeFamilyName(NameLexicon lexicon, Mention mention) =>
        mention.Length == 3 && mention.Traditions is null && lexicon.TraditionsOf(mention.WordAt(1)) is not null
        && NameText.IsHyphenatedGivenName(mention.WordAt(2));

    /// <summary>"Lam Tzit-yuen", "Ho Kai-ming": one hyphenated given name, so a family name the list has as Vietnamese only ("Lam", "Ho") is Chinese here.</summary>
    private static bool IsHyphenatedGivenName(ReadOnlySpan<NameWord> given) => given is [var one] && NameText.IsHyphenatedGivenName(one.Text);

    /// <summary>"Jong Un" (two short syllables) or "Sang-bum" (a hyphenated pair, lower case after the hyphen).</summary>
    private static bool HasEastAsianGivenName(ReadOnlySpan<NameWord> given) => given switch
    {
        [var one] => (one.Text.IndexOf('-') is > 1 and var h && h + 1 < one.Text.Length && char.IsLower(one.Text[h + 1]) && one.Text.Length <= 12)
                     || PinyinGivenName.Is(one.Text),
        [var a, var b] => IsSyllable(a.Text) && IsSyllable(b.Text),
        _ => false,
    };

    private static bool IsSyllable(string word) => word.Length is >= 2 and <= 5 && char.IsUpper(word[0]) && !word.AsSpan(1).ContainsAnyExceptInRange('a', 'z');

    /// <summary>Vietnamese given names: each six letters at most, unhyphenated ("Minh Chinh").</summary>
    /// <summary>"Ho Chi Minh City", "Tran Hung Dao Street": a place named for a person, no four-part Vietnamese name ("Tran Thi Thu Ha").</summary>
    private static readonly HashSet<string> PlaceNouns = new(["City", "Street", "Road", "Province", "District", "Bridge", "Square", "Park", "Lake", "School", "Airport"], StringComparer.Ordinal);

    private static bool AreShortSyllables(ReadOnlySpan<NameWord> given)
    {
        foreach (var word in given)
        {
            if (word.Text.Length > 6 || word.Text.Contains('-'))
            {
                return false;
            }
        }

        return true;
    }
}
