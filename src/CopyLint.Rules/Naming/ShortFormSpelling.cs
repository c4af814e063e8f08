using System.Text;
using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>
/// CL2001 for a short reference that misspells the end of a longer name introduced before it: "Garcia Toral" after
/// "Marcelino García Toral", "Councillor Marshal" after "Richard Marshall"; or the first of its two surnames, the Spanish
/// style: "Larrain said" after "Pía Larraín Echeñique". The spelling differs only in accents, or
/// by one letter in a word of six letters or more (or one letter put inside a word of five); a difference of case alone ("van den Berg" / "Van den Berg") is style.
/// </summary>
internal static partial class ShortFormSpelling
{
    private const int MaxShortWords = 3;
    private const int MinEditedLetters = 6;

    /// <summary>In <see cref="TailInitials"/>, for a length longer than the name.</summary>
    private const char NoTail = '\uffff';

    /// <summary>Reports each short form written once whose spelling exactly one longer name, written earlier, contradicts.</summary>
    public static void Report(AnalysisContext context, NamingModel model, List<FormStats> forms, NameAuthority authority, HashSet<FormStats>? reported)
    {
        TailKey[]? tails = null;
        TailInitials? initials = null;
        bool? hyphens = null;
        for (var o = 0; o < forms.Count; o++)
        {
            var odd = forms[o];
            if (odd.Count != 1 || odd.First.Length > MaxShortWords || reported?.Contains(odd) == true
                || (FindFullName(forms, tails ??= TailKeys(forms), initials ??= new TailInitials(tails), o)
                    ?? ((hyphens ??= AnyHyphen(forms)) ? FindHyphenVariant(forms, tails, initials, o) : null)
                    ?? FindFirstOfTwoSurnames(model, forms, o)) is not var (full, right) || odd.IsPlaceOnly
                || NameText.IsCodeVariant(odd.Form, right) || InconsistentNameAnalyzer.IsPairedWithStranger(model, odd)
                || (odd.First.Length == 1 && InconsistentNameAnalyzer.IsPlaceAndDemonym(full, odd, right, odd.Form, forms))
                || model.Lexicon.AreFormsOfOnePlace(odd.Form, right)
                || InconsistentNameAnalyzer.IsNationalityAdjective(model.Lexicon, odd.First, model.Document.Text)
                || (odd.First.NameStart == 0 && odd.First.Length == 1 && model.Lexicon.IsTitle(odd.Form))
                || IsWordOpeningSentenceAfterThingName(full, odd) || InconsistentNameAnalyzer.IsNationalSpellingInOwnName(model.Lexicon, odd, right, model.Document.Text)
                || (context.IsEnabled(NameAuthorityAnalyzer.Descriptor) && (authority.Replaces(odd.Form, right) || authority.Replaces(right, odd.Form))))
            {
                continue;
            }

            var mention = odd.First;
            var fix = new CodeFix($"Replace with '{right}'", new TextEdit(mention.Span, right));
            context.Report(InconsistentNameAnalyzer.Descriptor, mention.Span, fix, mention.Form, right, model.LineOf(full.First), string.Empty);
        }
    }

    /// <summary>
    /// "Police said …" after "the Common Agricultural Policy (CAP)" or "the Common Agricultural Policy": a name spelt out
    /// with its acronym, or written after "the", is an organisation or a programme, shortened to the acronym or to "the"
    /// and its last word, never to that word bare; one word whose capital only opens a sentence is an ordinary word.
    /// "Haverfort said" after "Richard Haverford", and "the Commision" in mid-sentence, are still reported.
    /// </summary>
    private static bool IsWordOpeningSentenceAfterThingName(FormStats full, FormStats odd) =>
        odd.First.Length == 1 && odd.First.IsSentenceInitial && (full.DefinesAcronym || full.First.PreviousWord is "the" or "The");

    /// <summary>
    /// The one longer name, first written before the short form forms[<paramref name="index"/>], whose last words it
    /// misspells, and those words as it writes them; null when none, when two disagree, or when some name ends in
    /// the short form's own spelling (two people: "Enzo Fernandez", "Bruno Fernández").
    /// </summary>
    private static (FormStats Full, string Right)? FindFullName(List<FormStats> forms, TailKey[] tails, TailInitials initials, int index)
    {
        var odd = forms[index];
        var length = odd.First.Length;
        // The key of the whole short form is that of its tail of its own length: its form is joined only for the forms
        // that pass the keys (every word of a name starts with a letter, so the first word gives the first key letter).
        var (initial, letters) = tails[(index * MaxShortWords) + length - 1];
        (FormStats Full, string Right)? found = null;
        foreach (var f in initials.MayStartAs(length, initial))
        {
            // The tails' keys are read first: one array, where most forms are turned away without reading them. Equal keys
            // and spellings one edit apart start alike and are about as long (see IsMisspelling).
            var tailKey = tails[(f * MaxShortWords) + length - 1];
            if (!MayStartAlike(tailKey.Initial, initial) || !MayBeAsLong(tailKey.Letters, letters))
            {
                continue;
            }

            var form = forms[f];
            var name = form.First;
            if (name.Length < length || form == odd)
            {
                continue;
            }

            // Another spelling as short as this one: the same-length comparison decides between them.
            if (name.Length == length)
            {
                if (IsMisspelling(form.Form, odd.Form))
                {
                    return null;
                }

                continue;
            }

            var tail = Tail(name, length);
            if (string.Equals(tail, odd.Form, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (IsMisspelling(tail, odd.Form))
            {
                if ((found is { } other && other.Right != tail) || name.Index > odd.First.Index)
                {
                    return null;
                }

                found ??= (form, tail);
            }
        }

        return found;
    }

    /// <summary>
    /// Some form's name holds a hyphen. Without one, no tail differs from a short form in its hyphens, and
    /// <see cref="FindHyphenVariant"/> finds nothing: most documents are spared its walks over the forms.
    /// </summary>
    private static bool AnyHyphen(List<FormStats> forms)
    {
        foreach (var form in forms)
        {
            foreach (var word in form.First.Name)
            {
                if (word.Text.Contains('-'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Larrain said" after "Pía Larraín Echeñique": the Spanish style shortens a name with two surnames to the first, so a
    /// speaker's one-word short form that misspells the middle word of exactly one three-word name written before it is
    /// that name's slip; null when the short form is no speaker's, or any other form holds its spelling or one near it.
    /// </summary>
    private static (FormStats Full, string Right)? FindFirstOfTwoSurnames(NamingModel model, List<FormStats> forms, int index)
    {
        var odd = forms[index];
        if (odd.First.Length != 1 || !IsSpeaker(model.Document.Text, odd.First))
        {
            return null;
        }

        (FormStats Full, string Right)? found = null;
        foreach (var form in forms)
        {
            var name = form.First;
            if (form == odd)
            {
                continue;
            }

            if (name.Length == 1 && IsMisspelling(form.Form, odd.Form))
            {
                return null;
            }

            for (var k = 0; k < name.Length; k++)
            {
                if (string.Equals(name.WordAt(k), odd.Form, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }

            if (name.Length == 3 && name.Index < odd.First.Index && char.IsUpper(name.WordAt(1)[0]) && char.IsUpper(name.WordAt(2)[0])
                && IsMisspelling(name.WordAt(1), odd.Form) && !LostAccents(name.WordAt(1), odd.Form))
            {
                if (found is { } other && other.Right != name.WordAt(1))
                {
                    return null;
                }

                found ??= (form, name.WordAt(1));
            }
        }

        return found;
    }

    /// <summary>
    /// "Beatriz Solorzano Paz" … "Solórzano said": a full name written without the accents its short form keeps has lost
    /// them, as copy typed without them does, so the short form is not the slip.
    /// </summary>
    private static bool LostAccents(string full, string shortForm) =>
        Ascii.IsValid(full) && !Ascii.IsValid(shortForm) && NameText.Key(full) == NameText.Key(shortForm);

    /// <summary>"Larrain said", "Larrain added": the short form is the subject of a verb of speech straight after it.</summary>
    private static bool IsSpeaker(string text, Mention mention)
    {
        var after = text.AsSpan(mention.Span.End);
        return after.StartsWith(" said", StringComparison.Ordinal) || after.StartsWith(" says", StringComparison.Ordinal)
            || after.StartsWith(" added", StringComparison.Ordinal) || after.StartsWith(" told", StringComparison.Ordinal);
    }

    /// <summary>
    /// "Cr El Hayek said" after "Mayor Bilal El-Hayek", "Tipene Harris said" after "Aroha Tipene-Harris": a short form
    /// that writes the last words of a longer name, first written before it, with a space for its hyphen or a hyphen
    /// for its space (the two count as different numbers of words, so <see cref="FindFullName"/> does not pair them).
    /// </summary>
    private static (FormStats Full, string Right)? FindHyphenVariant(List<FormStats> forms, TailKey[] tails, TailInitials initials, int index)
    {
        var odd = forms[index];
        var length = odd.First.Length;
        var (initial, letters) = tails[(index * MaxShortWords) + length - 1];
        // Some name ends in the short form's own spelling ("Bashar al-Assad" … "Al-Assad"): it is not the odd one.
        // Spellings equal but for case have equal tail keys: most forms are turned away by theirs.
        foreach (var f in initials.MayStartAs(length, initial))
        {
            var tailKey = tails[(f * MaxShortWords) + length - 1];
            var name = forms[f].First;
            if (f != index && MayStartAlike(tailKey.Initial, initial) && MayBeAsLong(tailKey.Letters, letters)
                && name.Length >= length && TailEquals(name, length, odd.Form))
            {
                return null;
            }
        }

        // The tail is a word fewer or a word more than the short form: one hyphen joined or split. The first form in
        // order that has either wins; a form that has both, with its shorter tail.
        var fewer = length > 1 ? FirstHyphenVariant(forms, tails, initials, index, length - 1) : null;
        var more = FirstHyphenVariant(forms, tails, initials, index, length + 1);
        return (fewer, more) switch
        {
            ({ } a, { } b) => a.Form <= b.Form ? (forms[a.Form], a.Tail) : (forms[b.Form], b.Tail),
            ({ } a, null) => (forms[a.Form], a.Tail),
            (null, { } b) => (forms[b.Form], b.Tail),
            _ => null,
        };
    }

    /// <summary>
    /// The first form, written before forms[<paramref name="index"/>], whose last <paramref name="words"/> words have
    /// its key but not its hyphens, and those words as it writes them; null when none.
    /// </summary>
    private static (int Form, string Tail)? FirstHyphenVariant(List<FormStats> forms, TailKey[] tails, TailInitials initials, int index, int words)
    {
        var odd = forms[index];
        var (initial, letters) = tails[(index * MaxShortWords) + odd.First.Length - 1];
        var hasHyphen = odd.Form.Contains('-');
        string? key = null;
        foreach (var f in initials.MayStartAs(words, initial))
        {
            var name = forms[f].First;
            if (f == index || name.Index > odd.First.Index || name.Length - 1 < words)
            {
                continue;
            }

            // The tail is joined only when its key may be the short form's and its hyphens differ: most forms are
            // turned away by the key's first letter and length (known for tails of up to three words).
            if (words <= MaxShortWords && tails[(f * MaxShortWords) + words - 1] is var (tailInitial, tailLetters)
                && (!MayStartAlike(tailInitial, initial) || !MayHaveEqualLengths(tailLetters, letters)))
            {
                continue;
            }

            if (TailHasHyphen(name, words) != hasHyphen && Tail(name, words) is var tail
                && NameText.Key(tail) == (key ??= NameText.Key(odd.Form)))
            {
                return (f, tail);
            }
        }

        return null;
    }

    /// <summary>The <see cref="FirstKeyLetter"/> and <see cref="KeyLength"/> of the last words of a name.</summary>
    private readonly record struct TailKey(char Initial, int Letters);

    /// <summary>
    /// For each form and each short length L, the key of its last L words, read once: every short form is compared with
    /// every other form, and most pairs are told apart by the first letter and the length of the key alone.
    /// </summary>
    private static TailKey[] TailKeys(List<FormStats> forms)
    {
        var tails = new TailKey[forms.Count * MaxShortWords];
        // A name shorter than a length has no tail of it: a letter no form starts with (though '\0', any letter, may meet it).
        tails.AsSpan().Fill(new TailKey(NoTail, 0));
        for (var f = 0; f < forms.Count; f++)
        {
            var name = forms[f].First;
            // An ASCII name's key lengths were counted with its key hash.
            var known = forms[f].Tails;
            var letters = 0;
            for (var length = 1; length <= Math.Min(MaxShortWords, name.Length); length++)
            {
                var word = name.WordAt(name.Length - length);
                // Beyond ASCII a key's length is unknown (-1), and so is that of every longer tail.
                letters = known.IsKnown ? known.Of(length) : letters < 0 || KeyLength(word) is var own && own < 0 ? -1 : letters + own;
                tails[(f * MaxShortWords) + length - 1] = new(FirstKeyLetter(word), letters);
            }
        }

        return tails;
    }

    /// <summary>The last <paramref name="length"/> words of a name as written, joined by spaces.</summary>
    private static string Tail(Mention name, int length) => Mention.JoinName(name.Name[(name.Length - length)..]);

    /// <summary><see cref="Tail"/>(name, length) equals <paramref name="form"/> but for case, read word by word without joining.</summary>
    private static bool TailEquals(Mention name, int length, string form)
    {
        var tail = name.Name[(name.Length - length)..];
        // Almost every pair differs in length: that is read first, without comparing a character.
        var joined = tail.Length - 1;
        foreach (var word in tail)
        {
            joined += word.Text.Length;
        }

        if (joined != form.Length)
        {
            return false;
        }

        var at = -1;
        foreach (var word in tail)
        {
            // Before each word but the first, the space that joins it.
            if (at >= 0 && (at == form.Length || form[at] != ' '))
            {
                return false;
            }

            at++;
            if (form.Length - at < word.Text.Length || !form.AsSpan(at, word.Text.Length).Equals(word.Text, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            at += word.Text.Length;
        }

        return at == form.Length;
    }

    /// <summary><see cref="Tail"/>(name, length) holds a hyphen (joining adds only spaces).</summary>
    private static bool TailHasHyphen(Mention name, int length)
    {
        foreach (var word in name.Name[(name.Length - length)..])
        {
            if (word.Text.Contains('-'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first letter or digit of a form, lower-cased; '\0' when it is not ASCII (accents fold in the key) and so
    /// cannot rule a comparison out. Equal keys, equal forms but for case, and words one edit apart all start alike.
    /// </summary>
    private static char FirstKeyLetter(string form)
    {
        foreach (var c in form)
        {
            if (!char.IsAscii(c))
            {
                return '\0';
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                return char.ToLowerInvariant(c);
            }
        }

        return '\0';
    }

    private static bool MayStartAlike(char a, char b) => a == b || a == '\0' || b == '\0';

    /// <summary>The length of an ASCII form's key (its letters and digits); -1 beyond ASCII, where accents fold.</summary>
    private static int KeyLength(string form)
    {
        // One pass for both questions: names are short, too short for a vectorised ASCII test to pay.
        var count = 0;
        foreach (var c in form)
        {
            if (!char.IsAscii(c))
            {
                return -1;
            }

            count += char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Equal keys have equal lengths, and one edit changes a length by one at most: forms whose keys differ by more
    /// are neither the same name nor a misspelling of it. Most pairs end here.
    /// </summary>
    private static bool MayBeAsLong(int a, int b) => a < 0 || b < 0 || Math.Abs(a - b) <= 1;

    /// <summary>Equal keys have equal lengths: false only for two known lengths that differ.</summary>
    private static bool MayHaveEqualLengths(int a, int b) => a < 0 || b < 0 || a == b;

    /// <summary>Same words ignoring accents, or one word of six letters or more one letter apart ("Marshall" / "Marshal").</summary>
    /// <remarks>
    /// Asked only of forms whose keys <see cref="MayBeAsLong"/> (their tails' keys are compared before): the key lengths
    /// are not counted again.
    /// </remarks>
    private static bool IsMisspelling(string right, string odd)
    {
        if (Ascii.IsValid(right) && Ascii.IsValid(odd) && !right.Contains(' ') && !odd.Contains(' '))
        {
            // One word each, the usual short form: the same steps as below, without building keys.
            return NameText.HaveEqualAsciiKeys(right, odd) || IsOneLetterOff(right, odd);
        }

        if (NameText.Key(right) == NameText.Key(odd))
        {
            return true;
        }

        var a = right.Split(' ');
        var b = odd.Split(' ');
        var edited = 0;
        for (var k = 0; k < a.Length; k++)
        {
            if (NameText.Key(a[k]) == NameText.Key(b[k]))
            {
                continue;
            }

            if (++edited > 1 || !IsOneLetterOff(a[k], b[k]))
            {
                return false;
            }
        }

        return edited == 1;
    }

    /// <summary>
    /// One edit in words of six letters or more, or one letter put inside a word of five, before its last letter too
    /// ("Marzón" for "Mazón", "Kureck" for "Kurek", "Abakr" for "Abakar"): a letter added at the end of a short name
    /// makes another name too often ("Bryan" / "Bryant").
    /// </summary>
    internal static bool IsOneLetterOff(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var letters = NameText.LetterCount(shorter);
        return (letters >= MinEditedLetters || (letters == MinEditedLetters - 1 && longer.Length == shorter.Length + 1
                && NameText.LetterCount(longer) == MinEditedLetters && shorter.AsSpan().CommonPrefixLength(longer) < shorter.Length))
            && NameText.LetterCount(longer) >= MinEditedLetters && NameText.IsOneEditApart(a, b);
    }
}
