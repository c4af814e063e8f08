using System.Globalization;
using System.Numerics;
using CopyLint.Engine;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Naming;

/// <summary>CL2001: two spellings of what is almost certainly one name in the same article.</summary>
public sealed partial class InconsistentNameAnalyzer(NamingModelCache cache, NameAuthority authority) : Analyzer
{
    private const string MaybeDifferent = "; they may be different people";
    private const string MaybeDifferentOrganisations = "; they may be different organisations";

    private static readonly string[] KinshipWords =
        ["father", "son", "daughter", "mother", "brother", "sister", "half-brother", "grandfather", "grandson", "wife", "husband", "uncle", "nephew", "cousin", "dynasty", "predecessor", "successor"];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var model = cache.For(context);
        var forms = FormStats.Collect(model, static (model, m) => (model.IsReliable(m) || IsOpeningPossessiveVariant(model, m) || IsOpeningRomanisationVariant(model, m)) && !m.IsAcronymDefinition && !IsAllCapitals(m) && !IsResultsEntrant(m, model.Document.Text));
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
        GivenNameSpelling.Report(context, model, forms, reported);
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
                    canonical = KeptOfSameKey(canonical, forms[Index(other)], forms);
                }
            }

            // "Al-Khalidi died …" three times, "in Tripoli, al-Khalidi studied": the capital only opens sentences.
            if (canonical != form && !(canonical.Mentions.All(static m => m.IsSentenceInitial) && NameText.HasOnlyWordInitialCaseDifference(form.Form, canonical.Form))
                && !NameText.HasOnlyFullStopDifference(form.Form, canonical.Form) && !IsNameWrittenSolid(form.Form, canonical.Form))
            {
                Report(context, model, canonical, form, string.Empty, forms);
            }
        }
    }

    /// <summary>
    /// The spelling to keep of two with one key, as <see cref="FormStats.Order"/> has it, except that of two one-word
    /// spellings written equally often, the one more full names end in is kept: "Pogacar said" before "behind Pogačar",
    /// each once, after "Tadej Pogačar".
    /// </summary>
    private static FormStats KeptOfSameKey(FormStats a, FormStats b, List<FormStats> forms)
    {
        var (canonical, odd) = FormStats.Order(a, b);
        return canonical.Count == odd.Count && canonical.First.Length == 1 && odd.First.Length == 1
            && Support(odd, odd.Form, forms) > Support(canonical, canonical.Form, forms)
            ? odd
            : canonical;
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
            if ((NameText.HasOnlyWordInitialCaseDifference(mention.Form, canonical.Form) && mention.IsSentenceInitial) || SpeaksOfSpelling(model, mention)
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
            var word = end >= 0 ? rest[..end] : rest;
            if (word.Length > 0 && ((char.IsUpper(word[0]) && !DaysAndMonths.Contains(word)) || Kin.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Kin = new(KinshipWords);

    private static readonly WordSet DaysAndMonths =
        new([.. CultureInfo.InvariantCulture.DateTimeFormat.DayNames, .. CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0)]);
}
