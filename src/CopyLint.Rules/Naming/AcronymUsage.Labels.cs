using System.Buffers;
using System.Collections.Immutable;

namespace CopyLint.Rules.Naming;

internal static partial class AcronymUsage
{
    /// <summary>
    /// "Dennis Slamon, MD, PhD, of the University of California", "Erica Mayer, MD, MPH, of Dana-Farber": degrees and
    /// professional letters (rules/lists/acronym-credentials.txt) between commas after a full name, alone or after other
    /// such letters, closing with a comma or the sentence. Unlisted capitals there ("Ann Lee, KFRA, said") are judged as
    /// usual unless a title stands before the name (<see cref="IsPostNominal"/>).
    /// </summary>
    public static bool IsCredentialAfterName(string text, ImmutableArray<Mention> mentions, int index, IReadOnlySet<string> credentials)
    {
        var mention = mentions[index];
        if (!credentials.Contains(mention.First.Text) || mention.Span.End >= text.Length || text[mention.Span.End] is not (',' or '.' or ';'))
        {
            return false;
        }

        // Back over ", MD" groups to the end of the name.
        var at = mention.Span.Start;
        while (at >= 2 && text[at - 2] == ',' && text[at - 1] == ' ')
        {
            var end = at - 2;
            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
            {
                start--;
            }

            if (start == end || !credentials.Contains(text[start..end]))
            {
                break;
            }

            at = start;
        }

        for (var k = index - 1; k >= 0 && mentions[k].Span.End >= at - 2; k--)
        {
            if (mentions[k].Span.End == at - 2)
            {
                return !mentions[k].IsAcronym && mentions[k].Length >= 2 && mentions[k].Possessive.Length == 0;
            }
        }

        return false;
    }

    /// <summary>
    /// "Fr Nicholas King SJ is a Jesuit", "Timothy Radcliffe OP, the former master": a religious order's or an honour's
    /// letters (rules/lists/acronym-post-nominals.txt) straight after a full name, with or without a comma before them.
    /// </summary>
    public static bool IsPostNominalAfterName(string text, Mention mention, IReadOnlySet<string> postNominals)
    {
        var start = mention.Span.Start;
        if (!postNominals.Contains(mention.First.Text) || start < 3 || text[start - 1] != ' ')
        {
            return false;
        }

        // The mention may hold a title word before the letters ("King" in "Nicholas King SJ"): read the name from the text.
        var end = text[start - 2] == ',' ? start - 2 : start - 1;
        var last = end;
        while (last > 0 && char.IsLetter(text[last - 1]))
        {
            last--;
        }

        return last < end && char.IsUpper(text[last]) && PrecedingWords(text, last, 1) is [var given] && char.IsUpper(given[0]);
    }

    /// <summary>
    /// "in Bloomington, IN, which", "Rahway, NJ.": a US postal state code (rules/lists/us-state-codes.txt) after a
    /// capitalised town and a comma, closing with a comma, a full stop or the line.
    /// </summary>
    public static bool IsStateCodeAfterPlace(string text, Mention mention, IReadOnlySet<string> stateCodes)
    {
        var start = mention.Span.Start;
        var end = mention.Span.End;
        return stateCodes.Contains(mention.First.Text) && mention.Possessive.Length == 0 && start > 3 && text[start - 1] == ' ' && text[start - 2] == ','
            && char.IsLower(text[start - 3]) && text.LastIndexOfAny([' ', '\n'], start - 3) is var space && char.IsUpper(text[space + 1])
            && (end == text.Length || text[end] is ',' or '.' or ';' or '\n' or '\r' or ')');
    }

    /// <summary>
    /// "will trade on the Nasdaq under the ticker MTSR", "under the symbol ABCD", "Nasdaq: MTSR", "its governance token
    /// MRL": a stock or token symbol named as one, a label, not an acronym to spell out.
    /// </summary>
    public static bool IsNamedTicker(string text, Mention mention) =>
        IsSymbol(mention.First.Text)
        && (PrecedingWords(text, mention.Span.Start, 1) is [var cue] && TickerCues.Contains(cue)
            || (mention.Span.Start > 2 && text[mention.Span.Start - 2] == ':' && PrecedingWords(text, mention.Span.Start - 1, 1) is ["Nasdaq" or "NASDAQ" or "NYSE"]));

    /// <summary>The nouns that name a symbol straight after them: "the ticker MTSR", "governance token MRL".</summary>
    private static readonly string[] TickerCues = ["ticker", "symbol", "token", "coin"];

    /// <summary>
    /// "Uniswap's UNI rose 9%", "Solana's SOL fell 4%": capitals after a capitalised owner's possessive, straight before a
    /// price move and a percentage, in a story about tokens, are the owner's token, named as a share's ticker is. "Iran's
    /// IRGC said" moves no price, and "NWSW fell 9%" with no owner is judged.
    /// </summary>
    public static bool IsOwnedTokenMover(NamingModel model, Mention mention, IReadOnlySet<string> moves)
    {
        var text = model.Document.Text;
        var owner = mention.Span.Start - 3;
        if (mention.Possessive.Length > 0 || owner < 1 || text[owner + 2] != ' ' || text[owner + 1] != 's' || text[owner] is not ('\'' or '’')
            || !IsSymbol(mention.First.Text) || !IsAboutTokens(text))
        {
            return false;
        }

        var from = owner;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        var after = text.AsSpan(mention.Span.End).TrimStart(' ');
        var verb = after[..FirstWordLength(after)];
        var figure = after[verb.Length..].TrimStart(' ');
        var end = figure.IndexOfAny(' ', ',', '\n');
        var amount = end < 0 ? figure : figure[..end];
        return from < owner && char.IsUpper(text[from]) && moves.Contains(verb.ToString())
            && amount.Length > 1 && char.IsAsciiDigit(amount[0]) && amount.TrimEnd('.').EndsWith("%");
    }

    /// <summary>
    /// "…slipped 0.8%, and KDDI fell 1.1%", "ASML fell 1.2% and SAP rose 0.6%": capitals with no article, straight before a
    /// price move and a percentage, in a sentence that lists other moves, are a listed company in a market wrap, named as
    /// the wrap names every other mover. "NWSW fell 9% on Tuesday" alone is judged. "The IMF cut its
    /// forecast" moves no price, and "the KFRA fell 2%" takes an article, as a body does; both are judged.
    /// </summary>
    public static bool IsPriceMover(NamingModel model, Mention mention, IReadOnlySet<string> moves)
    {
        var text = model.Document.Text;
        if (mention.Possessive.Length > 0 || mention.PreviousWord is "the" or "The" || mention.Span.End + 1 >= text.Length || text[mention.Span.End] != ' ')
        {
            return false;
        }

        var after = text.AsSpan(mention.Span.End + 1);
        var verb = after[..FirstWordLength(after)];
        if (verb.IsEmpty || verb.Length == after.Length || after[verb.Length] != ' ' || !moves.Contains(verb.ToString()))
        {
            return false;
        }

        var figure = after[(verb.Length + 1)..];
        var end = figure.IndexOfAny(' ', ',', '\n');
        var token = end < 0 ? figure : figure[..end];
        var sentence = model.Document.Sentences[mention.SentenceIndex].Span;
        if (token.Length < 2 || !char.IsAsciiDigit(token[0]) || !token.TrimEnd('.').EndsWith("%"))
        {
            return IsPricedMove(figure, text.AsSpan(sentence.Start, sentence.Length));
        }

        // A wrap lists its movers: another move in the same sentence ("ASML fell 1.2% and SAP rose 0.6%.").
        return text.AsSpan(sentence.Start, sentence.Length).Count('%') > 1;
    }

    /// <summary>
    /// "CIMB added 8 sen to RM7.82": a move in the price's small unit to the new price, in a sentence that moves another
    /// counter in the same unit ("Maybank rose 10 sen to RM10.20, …"), as a Bursa or SET wrap lists its heavyweights.
    /// </summary>
    private static bool IsPricedMove(ReadOnlySpan<char> figure, ReadOnlySpan<char> sentence)
    {
        var amount = figure.IndexOf(' ');
        if (amount < 1 || !char.IsAsciiDigit(figure[0]) || figure[..amount].ContainsAnyExcept(AmountCharacters))
        {
            return false;
        }

        var rest = figure[(amount + 1)..];
        var unit = rest.IndexOf(' ');
        if (unit < 1 || rest[..unit].ContainsAnyExceptInRange('a', 'z') || !rest[unit..].StartsWith(" to "))
        {
            return false;
        }

        var price = rest[(unit + 4)..];
        var priceEnd = price.IndexOfAny(' ', ',', '\n');
        if (!(priceEnd < 0 ? price : price[..priceEnd]).ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        Span<char> spaced = stackalloc char[unit + 2];
        spaced[0] = ' ';
        rest[..unit].CopyTo(spaced[1..]);
        spaced[^1] = ' ';
        return sentence.Count(spaced) > 1;
    }

    private static readonly SearchValues<char> AmountCharacters = SearchValues.Create("0123456789.");

    /// <summary>
    /// "The PD-1/VEGF bispecific", "a VEGF/PD-L1 antibody": the other half of a pair of drug targets written with a
    /// slash, one half a designation of capitals, a hyphen and a number: a target's symbol, not a body.
    /// </summary>
    public static bool IsTargetPair(string text, Mention mention)
    {
        var start = mention.Span.Start;
        var end = mention.Span.End;
        if (start > 0 && text[start - 1] == '/')
        {
            var from = start - 1;
            while (from > 0 && (char.IsAsciiLetterUpper(text[from - 1]) || char.IsAsciiDigit(text[from - 1]) || text[from - 1] == '-'))
            {
                from--;
            }

            return IsDesignation(text.AsSpan(from, start - 1 - from));
        }

        if (end < text.Length && text[end] == '/')
        {
            var to = end + 1;
            while (to < text.Length && (char.IsAsciiLetterUpper(text[to]) || char.IsAsciiDigit(text[to]) || text[to] == '-'))
            {
                to++;
            }

            return IsDesignation(text.AsSpan(end + 1, to - end - 1));
        }

        return false;
    }

    /// <summary>"PD-1", "IL-6", "PD-L1": capitals, a hyphen, then capitals and a closing number.</summary>
    private static bool IsDesignation(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && char.IsAsciiDigit(word[^1]) && !word[..hyphen].ContainsAnyExceptInRange('A', 'Z');
    }

    /// <summary>
    /// "Biotech investors mark their calendars with PDUFA dates." above "What does PDUFA stand for?": an explainer that
    /// asks what the acronym stands for, within the next two paragraphs, answers it there.
    /// </summary>
    public static bool IsAskedAfter(NamingModel model, Mention mention, string key)
    {
        var text = model.Document.Text;
        var question = $"What does {key} stand for?";
        var at = text.IndexOf(question, mention.Span.End, StringComparison.Ordinal);
        return at > 0 && text.AsSpan(mention.Span.End, at - mention.Span.End).Count("\n\n") <= 2;
    }

    /// <summary>
    /// "… on Wednesday. PHOTO: AYANNA KINSALE": a picture noun in capitals before a colon is the label of a credit, not an
    /// acronym.
    /// </summary>
    private static bool IsPictureLabel(string text, Mention mention, HashSet<string> photoNouns) =>
        mention.Span.End < text.Length && text[mention.Span.End] == ':' && photoNouns.Contains(mention.First.Text);

    /// <summary>
    /// "the ISSA/Digicel Manning Cup": the organiser's capitals joined by a slash to its sponsor in a competition's official
    /// title, capitalised words closing on a competition noun (rules/lists/acronym-competition-nouns.txt). The title names
    /// the event, not the body.
    /// </summary>
    public static bool IsSponsoredTitle(string text, Mention mention, Shared.WordSet competitionNouns)
    {
        var end = mention.Span.End;
        if (end + 1 >= text.Length || text[end] != '/' || !char.IsUpper(text[end + 1]))
        {
            return false;
        }

        var words = 0;
        foreach (var range in text.AsSpan(end + 1, Math.Min(SponsoredTitleLength, text.Length - end - 1)).Split(' '))
        {
            var word = text.AsSpan(end + 1)[range];
            // "ISSA/GraceKennedy Boys and Girls' Athletics Championships": a title's joining word, not one of its words.
            if (words > 0 && word is "and" or "&" or "of")
            {
                continue;
            }

            if (word.IsEmpty || !char.IsUpper(word[0]) || ++words > SponsoredTitleWords)
            {
                return false;
            }

            if (words > 1 && competitionNouns.Contains(word.TrimEnd(".,;:")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the CHIPS and Science Act": capitals joined by "and" to up to three capitalised words that close on a law's noun
    /// (rules/lists/acronym-law-nouns.txt) open the law's title, which names the law as passed, not a body.
    /// </summary>
    public static bool IsLawTitleHead(string text, Mention mention, Shared.WordSet lawNouns)
    {
        var after = text.AsSpan(mention.Span.End);
        if (!after.StartsWith(" and "))
        {
            return false;
        }

        var words = 0;
        foreach (var range in after[5..Math.Min(after.Length, SponsoredTitleLength)].Split(' '))
        {
            var word = after[5..][range];
            if (word.IsEmpty || !char.IsUpper(word[0]) || ++words > 3)
            {
                return false;
            }

            if (words > 1 && lawNouns.Contains(word.TrimEnd(".,;:")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far after the slash a sponsored title is read: "Digicel Manning Cup".</summary>
    private const int SponsoredTitleLength = 60;

    /// <summary>The sponsor's and the event's words in a sponsored title, the competition noun included.</summary>
    private const int SponsoredTitleWords = 5;
}
