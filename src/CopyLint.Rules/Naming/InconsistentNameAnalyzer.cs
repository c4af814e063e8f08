using System.Globalization;
using System.Numerics;
using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>CL2001: two spellings of what is almost certainly one name in the same article.</summary>
public sealed partial class InconsistentNameAnalyzer(NamingModelCache cache, NameAuthority authority) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL2001",
        "Inconsistent name",
        "'{0}' is written '{1}' elsewhere in this article (line {2}){3}",
        RuleCategory.Naming,
        Severity.Warning,
        "The same person or organisation must be named the same way throughout an article. Reported: spellings that "
        + "differ only in case, accents, hyphens, spaces or apostrophes, an ʻokina among them ('Al-Assad' / 'al Assad', 'Laʻauli' / 'Laauli'; also a possessive opening a sentence, 'Nunez's predecessor' after 'Nuñez said'); one letter, or two adjacent letters swapped, in a long word of an "
        + "otherwise identical name ('Zelensky' / 'Zelenskyy', 'Whitworth' / 'Whitwroth', also as a possessive opening a sentence, 'Mitona's departure' after 'Kaoru Mitoma'; a possessive written with the apostrophe before the name's final 's', 'Reynold's shadow' after 'Emma Reynolds', unless a title or a full name makes the shorter word a person, 'Prince Edward's', 'Tom Reynold'; a full name written once in the copy counts a headline's or a caption's use too: 'Dhritiman Chaterji' beside 'Dhritiman Chatterji' in the copy and in a caption closed by its credit), also in a short reference written once after the full name "
        + "('Marshal' after 'Richard Marshall', 'Garcia Toral' after 'Marcelino García Toral', or with a space for the surname's hyphen or a hyphen for its space: 'Cr El Hayek' after 'Mayor Bilal El-Hayek', 'Tipene Harris said' after 'Aroha Tipene-Harris'); a middle name written once at most two letters from the other, with the same initial, between the same given name and surname ('Aled Rees Jones' after 'Aled Rhys Jones'; not where the article speaks of family ties); a surname written once, after the "
        + "same title and given names as one the article uses at least twice, that starts with the same three letters and is at "
        + "most two letters from it ('Cllr Jean Conroy' after 'Cllr Jean Conway' and 'Conway'); a given name one letter out, written once, "
        + "after the same title and surname, which the article names at least three times ('Supt Clare Hatton' after 'Supt Claire Hatton' "
        + "and 'Supt Hatton'), or in a repeat of a titled full name, or of one whose surname the article has used alone since, with no title and no introduction, the verb "
        + "straight after it or opening the sentence as a possessive ('Peter Vandermeer said' after 'Chief Executive Pieter Vandermeer'; 'Kristoff "
        + "Nemeth said' after 'Kristof Nemeth' and 'Nemeth'; 'Mohammad Siraj's figures were' after 'Mohammed Siraj' and 'Siraj'; 'Dmitri' / 'Dmitry'; but not an ending that tells a brother "
        + "from a sister, 'Francis' / 'Frances'); a full name written once more, opening its sentence with the verb straight after it, "
        + "with the same given names (one written without its accents too: 'Jose Donosso said' after 'said José Donoso') and the surname one letter out ('Eilidh McLeod said' after 'said Eilidh MacLeod, who chairs the "
        + "council', or closing a quote's attribution: '\"…,\" said Maria Salasar.' after 'Maria Salazar' and 'Salazar'; in a name of three words or more even a short one, or one with a letter put before it: 'Zaw Min Htun did not say' after "
        + "'Zaw Min Tun'; also with a title, or in mid-sentence with a verb of speech or action straight after it: 'Judge Tony Baumgarter said' after "
        + "'Judge Tony Baumgartner', 'In later years, Eleanor Vanse returned'; with a vowel added at the end: 'Jackson Tuweii said' after 'Jackson Tuwei'; "
        + "in a surname of four letters, a letter doubled: 'Elon Muskk thanked'); a Korean given name romanised two ways, the rarer written once ('Kim Su-jin' beside 'Kim Soo-jin' written again); a Russian given name whose 'y' is written 'i' once, beside the same surname ('Dmitri Peskov' after 'Dmitry Peskov', 'Sergei Karelin' after 'Sergey Karelin'), and a surname romanised so opening a sentence ('Pashinian faces' after 'Nikol Pashinyan'); a given name transliterated once with another vowel, beside the same surname, every use titled ('Prof Mohammad Yunus' beside 'Prof Muhammad Yunus'; untitled, or with another surname, it may be another person); a Vietnamese given name with its 'D' written 'Dz' ('Pham Quang Dzung' beside 'Pham Quang Dung'); the last word alone of a surname of two words that the article shortens the full "
        + "name to ('Ortiz' beside 'Álvaro García Ortiz' and 'García Ortiz'); a surname written once, in the sentence of a full name "
        + "or the next, with the same consonants and other vowels ('Naidu' just after 'Marguerite Naidoo'); the byline's author "
        + "named in the copy with the surname one letter out ('By Lena Kowalski', or the name alone on its line under the headline, then 'said Lena Kowalsky', or a credit line: 'Additional reporting by Lena Kowalsky'); and one given name in an otherwise identical "
        + "family-name-first name of three or more words ('Kim Jong Un' / 'Kim Jong Il', but not the last word of a Vietnamese "
        + "name, the given name a person is called by: 'Nguyen Thi Lan' / 'Nguyen Thi Hong'); and the last word of an otherwise "
        + "identical organisation name of three or more words when both are heads of the same kind "
        + "(rules/lists/organisation-heads.txt: 'National Intelligence Service' / 'National Intelligence Agency', but not "
        + "'National Security Council' / 'National Security Agency', nor when both are spelt out with their acronyms). The odd form is the rarer one, or the later "
        + "on a tie; the fix replaces it with the other. Left alone: short forms ('Man City' / 'Manchester City'), names "
        + "that both recur (two people, such as a father and son, or two clubs), articles that speak of family ties "
        + "between the two, capitals that only open a sentence (they never outvote 'al-Khalidi' written in mid-sentence), abbreviations with and without full stops ('US Geological Survey' in an AP headline, 'U.S. Geological Survey' in the body), a sentence that speaks of the spelling ('We misspelled Klaus Mäkelä as Klaus Makela'), codes that differ in a digit or a letter beside one ('MetOp-SG-A1' / "
        + "'MetOp-SG-B1', 'A320' / 'A321'), a surname that a full name gives beside a spelling no full name "
        + "gives ('Ben Phillips' and the company 'Philips'), a spelling that opens longer names, as a company named for a family "
        + "does ('Toyota Motor', 'Toyota Industries' beside 'Akio Toyoda'; but a compound surname a full name ends with is one name: 'Davidovitch Fokina' beside 'Alejandro Davidovich Fokina' and 'Davidovich Fokina' is reported), a rank ('Marshal of the Royal Air Force' / 'Marshall'), a town "
        + "after a preposition of place or a bearing ('in Burnley' / 'Tom Burley', 'south of Tainan' / 'Taiwan'), a place and its adjective ('to Germany' / 'the German minister', 'from Argentina' / 'Argentine fans') or its people ('in Somalia' / '4.4 million Somalis', 'Germany' / 'younger Germans', 'Sweden' / 'many Swedes'), a nationality or regional adjective before a noun (rules/lists/nationality-adjectives.txt: 'German car exports' beside 'Francie Gorman', 'the Baltic states' beside 'Rail Baltica'; 'Mr German said' is reported), a word that only opens a sentence after a name spelt out with its acronym or written after 'the' ('Police said' after 'the Common Agricultural Policy (CAP)' or 'the Common Agricultural Policy'), a name "
        + "kept with its accents inside a name in French, Spanish, Italian or Portuguese ('Conseil des industriels laitiers du Québec' "
        + "beside 'Quebec', or the last word of one whose first word opens the sentence: 'Santé Québec said'; 'the province of Québec' is still reported), one word "
        + "joined by 'and' to a name given nowhere else, half of a title or a pair ('Hansel and Gretel' / 'Marit Hansen'), and a spelling the house name authority replaces with the "
        + "other, which CL2005 reports ('Kiev' / 'Kyiv') unless it is off.")
    { Name = "inconsistent-name", Summary = "The same person or organisation must be named the same way throughout an article." };

    private const string MaybeDifferent = "; they may be different people";
    private const string MaybeDifferentOrganisations = "; they may be different organisations";

    private static readonly string[] KinshipWords =
        ["father", "son", "daughter", "mother", "brother", "sister", "half-brother", "grandfather", "grandson", "wife", "husband", "uncle", "nephew", "cousin", "dynasty", "predecessor", "successor"];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var model = cache.For(context);
        var forms = FormStats.Collect(model, static (model, m) => (model.IsReliable(m) || IsOpeningPossessiveVariant(model, m) || IsOpeningRomanisationVariant(model, m)) && !m.IsAcronymDefinition && !IsAllCapitals(m));
        if (forms.Count < 2)
        {
            BylineSpelling.Report(context, model, forms, null);
            return;
        }

        // Forms are grouped by sorting (group << 32 | index): a run of equal groups, each run in order of first appearance.
        Span<ulong> order = forms.Count <= 256 ? stackalloc ulong[forms.Count] : new ulong[forms.Count];
        // Equal keys have equal hashes, and most articles have no two forms with one: then there is no run to sort out.
        if (ShareKeyHash(forms))
        {
            for (var i = 0; i < forms.Count; i++)
            {
                order[i] = (ulong)(uint)forms[i].KeyHash << 32 | (uint)i;
            }

            foreach (var run in Runs(order))
            {
                ReportSameKey(context, model, forms, run);
            }
        }

        for (var i = 0; i < forms.Count; i++)
        {
            var first = forms[i].First;
            order[i] = (ulong)(ushort)first.Length << 48 | (ulong)char.ToLowerInvariant(first.First.Text[0]) << 32 | (uint)i;
        }

        HashSet<FormStats>? reported = null;
        foreach (var run in Runs(order))
        {
            for (var i = 0; i < run.Length; i++)
            {
                for (var j = i + 1; j < run.Length; j++)
                {
                    var (canonical, odd) = OrderBySupport(forms[Index(run[i])], forms[Index(run[j])], forms, model);
                    if (reported?.Contains(odd) != true && Classify(canonical, odd, forms, model) is { } suffix
                        && !NameText.IsCodeVariant(canonical.Form, odd.Form))
                    {
                        (reported ??= []).Add(odd);
                        Report(context, model, canonical, odd, suffix, forms);
                    }
                }
            }
        }

        ShortFormSpelling.Report(context, model, forms, authority, reported);
        ShortenedSurname.Report(context, model, forms, ref reported);
        NearbyVowelSpelling.Report(context, model, reported);
        BylineSpelling.Report(context, model, forms, reported);
    }

    /// <summary>Two of <paramref name="forms"/> have one <see cref="FormStats.KeyHash"/>: a table of the hashes, no sort.</summary>
    private static bool ShareKeyHash(List<FormStats> forms)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)forms.Count * 2);
        Span<ulong> slots = size <= 512 ? stackalloc ulong[size] : new ulong[size];
        foreach (var form in forms)
        {
            // The hash with a bit above it, so that no entry is 0, an empty slot.
            var entry = 1UL << 32 | (uint)form.KeyHash;
            var slot = form.KeyHash & (size - 1);
            while (slots[slot] != 0)
            {
                if (slots[slot] == entry)
                {
                    return true;
                }

                slot = (slot + 1) & (size - 1);
            }

            slots[slot] = entry;
        }

        return false;
    }

    /// <summary>
    /// Sorts <paramref name="order"/> (group in the high 32 bits, index in the low) and enumerates the runs of two or
    /// more entries of one group; an entry's index is its low 32 bits.
    /// </summary>
    private static RunEnumerator Runs(Span<ulong> order)
    {
        order.Sort();
        return new RunEnumerator(order);
    }

    private static int Index(ulong entry) => (int)(entry & int.MaxValue);

    private ref struct RunEnumerator(Span<ulong> order)
    {
        private readonly Span<ulong> _order = order;
        private int _end;

        public Span<ulong> Current { get; private set; }

        public readonly RunEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_end < _order.Length)
            {
                var start = _end++;
                while (_end < _order.Length && _order[_end] >> 32 == _order[start] >> 32)
                {
                    _end++;
                }

                if (_end - start > 1)
                {
                    Current = _order[start.._end];
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The forms of <paramref name="run"/> share a key hash; each whose key another shares is reported against the
    /// canonical form of that key (a collision of two keys in one run only makes two groups of it).
    /// </summary>
    private void ReportSameKey(AnalysisContext context, NamingModel model, List<FormStats> forms, ReadOnlySpan<ulong> run)
    {
        foreach (var entry in run)
        {
            var form = forms[Index(entry)];
            var canonical = form;
            foreach (var other in run)
            {
                if (forms[Index(other)].Key == form.Key)
                {
                    canonical = FormStats.Order(canonical, forms[Index(other)]).Canonical;
                }
            }

            // "Al-Khalidi died …" three times, "in Tripoli, al-Khalidi studied": the capital only opens sentences.
            if (canonical != form && !(canonical.Mentions.All(static m => m.IsSentenceInitial) && NameText.HasOnlyCaseDifference(form.Form, canonical.Form))
                && !NameText.HasOnlyFullStopDifference(form.Form, canonical.Form))
            {
                Report(context, model, canonical, form, string.Empty, forms);
            }
        }
    }

    private void Report(AnalysisContext context, NamingModel model, FormStats canonical, FormStats odd, string suffix, List<FormStats> forms)
    {
        var line = model.LineOf(FirstUse(canonical, forms));
        if (context.IsEnabled(NameAuthorityAnalyzer.Descriptor)
            && (authority.Replaces(odd.Form, canonical.Form) || authority.Replaces(canonical.Form, odd.Form)))
        {
            return;
        }

        if (OnlyInForeignNames(canonical, odd))
        {
            return;
        }

        foreach (var mention in odd.Mentions)
        {
            if ((NameText.HasOnlyCaseDifference(mention.Form, canonical.Form) && mention.IsSentenceInitial) || SpeaksOfSpelling(model, mention)
                || IsAccentedInForeignName(mention, canonical.Form))
            {
                continue;
            }

            var fix = new CodeFix($"Replace with '{canonical.Form}'", new TextEdit(mention.Span, canonical.Form));
            context.Report(Descriptor, mention.Span, fix, mention.Form, canonical.Form, line, suffix);
        }
    }

    /// <summary>
    /// (the form to keep, the odd one) as <see cref="FormStats.Order"/> has them, except that of two one-word spellings
    /// one edit apart written equally often, the one that full names end in is kept: "Okonkow" then "Okonkwo", each once,
    /// after "Emeka Okonkwo".
    /// </summary>
    private static (FormStats Canonical, FormStats Odd) OrderBySupport(FormStats a, FormStats b, List<FormStats> forms, NamingModel model)
    {
        var (canonical, odd) = FormStats.Order(a, b);
        if (canonical.Count != odd.Count)
        {
            return (canonical, odd);
        }

        if (canonical.First.Length == 1 && odd.First.Length == 1)
        {
            return NameText.IsOneEditApart(canonical.Form, odd.Form) && Support(odd, odd.Form, forms) > Support(canonical, canonical.Form, forms)
                ? (odd, canonical)
                : (canonical, odd);
        }

        // Full names each written once: the one a headline or a caption also gives is the desk's spelling.
        return canonical.Count == 1 && canonical.First.Length == odd.First.Length && canonical.First.Length > 1
            && HeadingUses(model, odd.Form) > HeadingUses(model, canonical.Form)
            ? (odd, canonical)
            : (canonical, odd);
    }

    /// <summary>
    /// The first use of the canonical spelling the message cites: for a one-word form, a full name ending in it that
    /// comes first ("Marc-André Gauthier" before "Gauthier").
    /// </summary>
    private static Mention FirstUse(FormStats canonical, List<FormStats> forms)
    {
        var first = canonical.First;
        if (first.Length == 1)
        {
            foreach (var form in forms)
            {
                if (form.First.Index < first.Index && form.First.Length > 1 && form.First.Last.Text == canonical.Form)
                {
                    first = form.First;
                }
            }
        }

        return first;
    }

    /// <summary>"We misspelled the name of Klaus Mäkelä as Klaus Makela": a correction gives the wrong form on purpose.</summary>
    private static bool SpeaksOfSpelling(NamingModel model, Mention mention)
    {
        var span = model.Document.Sentences[mention.SentenceIndex].Span;
        var sentence = model.Document.Text.AsSpan(span.Start, span.Length);
        return sentence.Contains("misspel", StringComparison.OrdinalIgnoreCase) || sentence.Contains(" spelled", StringComparison.Ordinal)
            || sentence.Contains(" spelt", StringComparison.Ordinal) || sentence.Contains(" spelling", StringComparison.Ordinal);
    }

    internal static bool SpeaksOfKinship(NamingModel model) => model.LowercaseWords.ContainsAny(KinshipWords) || SpeaksOfTheDead(model.Document.Text);

    /// <summary>
    /// "the late Queen", "her late husband": "late" before a name or a relative speaks of the dead and their kin; "late on
    /// Tuesday", "late Monday" and "late last year" speak of time.
    /// </summary>
    private static bool SpeaksOfTheDead(string text)
    {
        for (var at = text.IndexOf(" late ", StringComparison.Ordinal); at >= 0; at = text.IndexOf(" late ", at + 1, StringComparison.Ordinal))
        {
            var rest = text.AsSpan(at + " late ".Length);
            var end = rest.IndexOfAny(" ,.;\n");
            var word = (end >= 0 ? rest[..end] : rest).ToString();
            if (word.Length > 0 && ((char.IsUpper(word[0]) && !IsDayOrMonth(word)) || KinshipWords.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDayOrMonth(string word) =>
        CultureInfo.InvariantCulture.DateTimeFormat.DayNames.Contains(word) || CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Contains(word);
}
