using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>
/// Finds the name mentions of a document in one pass over its tokens: runs of capitalised words joined by single
/// spaces, connectors ("of", "von", "bin"), initials ("W.") and particles ("al-Assad"); leading titles and honorifics
/// are kept apart from the name, possessives are stripped, and an acronym in brackets after a name defines it.
/// </summary>
public sealed class MentionFinder(NameLexicon lexicon)
{
    public NameLexicon Lexicon { get; } = lexicon;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles =
        FrozenSet.ToFrozenSet(["al", "el", "ad", "as", "ash", "at", "ar", "an", "az", "ibn", "bin", "abu"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest particle and its hyphen: a hyphen further in cannot follow a particle (a test holds it to the list).</summary>
    internal const int ParticleHyphenReach = 4;

    /// <summary>The length of the shortest particle: a hyphen nearer the start cannot follow one (a test holds it to the list).</summary>
    internal const int ShortestParticle = 2;

    /// <summary>
    /// Bit c - 'a' is set for each letter c a particle starts with (a, b, e, i): most lower-case words start with another.
    /// A constant, so that the test on every word reads no static field (a test holds it to the list).
    /// </summary>
    internal const uint ParticleInitials = 1u << ('a' - 'a') | 1u << ('b' - 'a') | 1u << ('e' - 'a') | 1u << ('i' - 'a');

    /// <summary>The particles, for the test of <see cref="ParticleInitials"/>.</summary>
    internal static IReadOnlySet<string> ParticleWords => Particles.Set;

    public ImmutableArray<Mention> Find(Document document) => Find(document, new LowercaseWords(document));

    public ImmutableArray<Mention> Find(Document document, LowercaseWords lowercase) =>
        // About one mention per twenty tokens in news copy: sized so that most articles never regrow the list.
        Find(document, lowercase, new Scratch(document.Tokens.Count / 16));

    /// <summary>
    /// The lists <see cref="Find(Document, LowercaseWords, Scratch)"/> fills: a lint keeps one from document to document
    /// (<see cref="NamingModelCache"/>), whose mentions, reading their words from its buffer, are read no more by then.
    /// </summary>
    internal sealed class Scratch(int capacity)
    {
        public Scratch()
            : this(0)
        {
        }

        public List<Mention> Mentions { get; } = new(capacity);

        /// <summary>A name word per ten to twenty tokens: the buffer starts at the low end and adds small arrays as needed.</summary>
        public NameWordBuffer Words { get; } = new(capacity);

        /// <summary>The parts of the run being read.</summary>
        public List<(int From, int To)> Parts { get; } = [];
    }

    internal ImmutableArray<Mention> Find(Document document, LowercaseWords lowercase, Scratch scratch)
    {
        var (mentions, words, parts) = (scratch.Mentions, scratch.Words, scratch.Parts);
        mentions.Clear();
        words.Reset(document.Tokens.Count / 16);
        // By index: a foreach over the list would allocate its enumerator.
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var inHeading = document.Paragraphs[sentence.ParagraphIndex].IsHeadingLike;
            FindInSentence(document.Text, sentence, inHeading, lowercase, words, parts, mentions);
        }

        // The list is the lint's: it lets go of the mentions, which the next document's would otherwise keep alive.
        ImmutableArray<Mention> found = [.. mentions];
        mentions.Clear();
        return found;
    }

    /// <param name="words">The words of the document's mentions, which each mention reads its part of, and the run being read.</param>
    /// <param name="parts">Scratch list for the parts of the current run.</param>
    private void FindInSentence(string text, Sentence sentence, bool inHeading, LowercaseWords lowercase, NameWordBuffer words, List<(int From, int To)> parts, List<Mention> mentions)
    {
        ReadOnlySpan<Token> tokens = sentence.Tokens;
        var firstWord = FirstWordIndex(tokens);
        var inQuote = false;
        var i = 0;
        while ((i = NextNameWord(tokens, text, i, ref inQuote)) < tokens.Length)
        {
            ReadRun(tokens, i, words, out var next);
            var start = i;
            i = next;
            var sentenceInitial = start == firstWord;
            var skip = LeadingStopwords(words, (sentenceInitial || inHeading) && !(words.Count == 2 && IsIntroducedInApposition(tokens, next)), lowercase);
            if (skip == words.Count)
            {
                continue;
            }

            var previousWord = skip == 0 ? PreviousWord(tokens, start)?.Text : words[skip - 1].Text;
            SplitAtPersonConnector(words, skip, parts);
            // The name words of the run, kept once: each part is a slice of them.
            var runWords = words.AsSpan()[skip..];
            var array = words.Keep(out var runStart);
            foreach (var (from, to) in parts)
            {
                var mention = Build(mentions.Count, array, runStart + from, runWords[(from - skip)..(to - skip)], sentence.Index, from == skip ? previousWord : null, sentenceInitial && from == 0, inHeading, inQuote);

                if (mention.Length == 0)
                {
                    continue;
                }

                mentions.Add(mention);
            }

            if (AcronymInBrackets(tokens, next) is { } acronym && mentions.Count > 0 && mentions[^1].Last.Span.End <= acronym.Span.Start
                && AcronymText.Abbreviates(acronym.Text, runWords))
            {
                mentions[^1].DefinedAcronym = acronym.Text;
                words.Clear();
                words.Add(new NameWord(acronym.Text, acronym.Span));
                var acronymWord = words.Keep(out var acronymStart);
                mentions.Add(new Mention(mentions.Count, acronymWord, acronymStart, 1, 0, sentence.Index)
                {
                    IsAcronymDefinition = true,
                    InHeading = inHeading,
                    InQuote = inQuote,
                });
                i = next + 3;
            }
        }
    }

    /// <summary>Reads the run of name words starting at <paramref name="start"/> into <paramref name="words"/>; <paramref name="next"/> is the token after it.</summary>
    private void ReadRun(ReadOnlySpan<Token> tokens, int start, NameWordBuffer words, out int next)
    {
        words.Clear();
        var i = start;
        while (true)
        {
            var token = tokens[i];
            var word = StripPossessive(token);
            var text = word.Text;
            words.Add(word);
            next = i + 1;
            if (text.Length != token.Text.Length)
            {
                break;
            }

            // "Gen.", "W.": an abbreviation or an initial takes its full stop into the name. A title takes it only when the
            // sentence goes on after it ("Gen. Smith"): "He met the President." ends with the sentence's full stop, and so
            // does a letter that ends a name ("on Xbox Series S.").
            var j = i + 1;
            if (At(tokens, j).Text == "." && ((IsInitial(text) && !EndsSentence(tokens, j))
                || (IsTitleOrHonorific(text) && IsSeparator(At(tokens, j + 1)) && At(tokens, j + 2).Kind == TokenKind.Word)))
            {
                words[words.Count - 1] = new NameWord(text + ".", new TextSpan(word.Span.Start, word.Span.Length + 1));
                j++;
            }

            if (!IsSeparator(At(tokens, j)))
            {
                break;
            }

            j++;
            var connectors = 0;
            while (connectors < 2 && At(tokens, j) is { Kind: TokenKind.Word } c && Lexicon.IsConnector(c.Text) && IsSeparator(At(tokens, j + 1)))
            {
                connectors++;
                j += 2;
            }

            if (!IsNameWord(At(tokens, j)))
            {
                break;
            }

            for (var k = i + 1; k < j; k++)
            {
                if (tokens[k].Kind == TokenKind.Word)
                {
                    words.Add(new NameWord(tokens[k].Text, tokens[k].Start));
                }
            }

            i = j;
        }

    }

    /// <param name="array">The array holding the mention's words from <paramref name="start"/>.</param>
    /// <param name="words">The mention's words, as the array holds them.</param>
    private Mention Build(int index, NameWord[] array, int start, ReadOnlySpan<NameWord> words, int sentenceIndex, string? previous, bool sentenceInitial, bool inHeading, bool inQuote)
    {
        var nameStart = 0;
        for (var k = words.Length - 2; k >= 0; k--)
        {
            if (IsTitleOrHonorific(words[k].Text))
            {
                nameStart = k + 1;
                // "Secretary General Mirza Fakhrul Islam Alamgir": the title's second word is no name word.
                if (nameStart < words.Length - 1 && Lexicon.TitleSecondWords.Contains(words[nameStart].Text))
                {
                    nameStart++;
                }

                break;
            }
        }

        string? honorific = null;
        var honorificAt = -1;
        string? title = null;
        for (var k = 0; k < nameStart; k++)
        {
            if (honorific is null && Lexicon.IsHonorific(words[k].Text))
            {
                honorific = words[k].Text.TrimEnd('.');
                honorificAt = k;
            }
            else if (Lexicon.IsTitle(words[k].Text))
            {
                title = words[k].Text;
            }
        }

        if (nameStart == 0 && previous is { } before && char.IsLower(before[0]) && Lexicon.IsTitleAsWritten(before))
        {
            title = before;
        }

        return new Mention(index, array, start, words.Length, nameStart, sentenceIndex)
        {
            // Asked of most names by several rules: looked up once.
            Traditions = words.Length - nameStart >= 2 ? Lexicon.TraditionsOf(words[nameStart].Text) : null,
            Honorific = honorific,
            HonorificAt = honorificAt,
            Title = title,
            PreviousWord = previous,
            IsSentenceInitial = sentenceInitial,
            InHeading = inHeading,
            InQuote = inQuote,
        };
    }

    /// <summary>
    /// "Kim Jong Un of North Korea" is a person and a place; "Bank of England" is one name. Fills <paramref name="parts"/>
    /// with the parts of the run from <paramref name="start"/>, as index ranges.
    /// </summary>
    private void SplitAtPersonConnector(NameWordBuffer words, int start, List<(int From, int To)> parts)
    {
        parts.Clear();
        var from = start;
        for (var k = start + 1; k < words.Count - 1; k++)
        {
            if (words[k].Text is "of" or "for" && (k - from >= 2 && !Lexicon.IsConnector(words[k - 1].Text) || HasTitleBefore(words, start, k)))
            {
                parts.Add((from, k));
                from = k + 1;
                while (from < words.Count && Lexicon.IsConnector(words[from].Text))
                {
                    from++;
                }

                k = from;
            }
        }

        if (from < words.Count)
        {
            parts.Add((from, words.Count));
        }
    }

    private bool HasTitleBefore(NameWordBuffer words, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (IsTitleOrHonorific(words[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTitleOrHonorific(string word) => Lexicon.IsTitleOrHonorific(word);

    /// <summary>How many words open the run without belonging to the name ("The", "But", a capital only the sentence start explains).</summary>
    private int LeadingStopwords(NameWordBuffer words, bool capitalisedByPosition, LowercaseWords lowercase)
    {
        var skip = 0;
        while (skip < words.Count && (Lexicon.IsStopwordOrConnector(words[skip].Text)
            // A title or an honorific keeps its capital though the article writes it in lower case too ("Skipper Firtéar said"
            // beside "the skipper", "Dame Helen was made a dame").
            || (skip == 0 && capitalisedByPosition && words.Count > 1 && (lowercase.ContainsLowercased(words[0].Text) || IsCommonNounOf(words))
                && !Lexicon.IsTitleOrHonorific(words[0].Text))))
        {
            skip++;
        }

        return skip;
    }

    /// <summary>"Critics of Bashar al-Assad" opening a sentence: a plural noun, not part of the name.</summary>
    private bool IsCommonNounOf(NameWordBuffer words) =>
        words.Count > 2 && words[1].Text is "of" && words[0].Text.Length > 3 && words[0].Text.EndsWith('s') && !words[0].Text.EndsWith("ss", StringComparison.Ordinal)
        && !Lexicon.IsTitle(words[0].Text);

    private static int FirstWordIndex(ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Rose Kila, a treatment supporter in Morata, said": two capitals opening a sentence and put in apposition ("a …",
    /// an age) introduce a person by full name, though the first is also a word of the copy ("cases rose").
    /// </summary>
    private static bool IsIntroducedInApposition(ReadOnlySpan<Token> tokens, int next) =>
        At(tokens, next).Text == "," && At(tokens, next + 1).Kind == TokenKind.Whitespace
        && At(tokens, next + 2) is var after && (after.Kind == TokenKind.Number || after.Text is "a" or "an");

    private static Token? PreviousWord(ReadOnlySpan<Token> tokens, int index) =>
        index >= 2 && IsSeparator(tokens[index - 1]) && tokens[index - 2].Kind == TokenKind.Word ? tokens[index - 2] : null;

    /// <summary>"(KCNA)" right after a name: the acronym's token, or null.</summary>
    private static Token? AcronymInBrackets(ReadOnlySpan<Token> tokens, int next)
    {
        var i = next;
        if (At(tokens, i).Kind == TokenKind.Whitespace)
        {
            i++;
        }

        return At(tokens, i).Text == "(" && At(tokens, i + 1) is { Kind: TokenKind.Word } word && AcronymText.IsAcronym(word.Text) && At(tokens, i + 2).Text == ")"
            ? word
            : null;
    }

    /// <summary>
    /// The index of the first name word from <paramref name="i"/> on (the length of <paramref name="tokens"/> when none),
    /// following the quotation marks on the way. Kept small: it is the loop over every token of the copy.
    /// </summary>
    /// <remarks>
    /// A word's first character is read from the document's text, which is read in order, rather than from its token's
    /// string (a token holds only where it starts: its length is its string's, so <see cref="Token.Start"/>, not its
    /// span, which would load the string); only a word that may be a particle, "al-Assad", is read whole.
    /// </remarks>
    private static int NextNameWord(ReadOnlySpan<Token> tokens, string text, int i, ref bool inQuote)
    {
        for (; i < tokens.Length; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind == TokenKind.Word)
            {
                var start = token.Start;
                var c = text[start];
                // A particle name ("al-Assad") has its hyphen a few characters in: the text tells most other words apart
                // before their string is read.
                if (char.IsAsciiLetterLower(c) ? MayBeParticleName(text, start, c) && IsParticleName(token.Text) : IsCapital(c))
                {
                    break;
                }
            }
            else if (token.Kind == TokenKind.Quote)
            {
                inQuote = token.Text switch { "“" => true, "”" => false, "\"" => !inQuote, _ => inQuote };
            }
        }

        return i;
    }

    private static bool IsNameWord(in Token token) => token.Kind == TokenKind.Word && IsNameWord(token.Text[0], token.Text);

    /// <summary>A capitalised word, or a particle joined to a name; a particle starts with a lower-case ASCII letter, <paramref name="first"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameWord(char first, string word) =>
        char.IsAsciiLetterLower(first) ? (ParticleInitials >> (first - 'a') & 1) != 0 && IsParticleName(word) : IsCapital(first);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCapital(char c) => char.IsAsciiLetterUpper(c) || (!char.IsAscii(c) && char.IsUpper(c));

    /// <summary>
    /// The word at <paramref name="start"/> starts with a particle's letter and has a hyphen where a particle's would be:
    /// two or three characters in. Two character tests, where a span search costs a call for every "a", "and" or "in".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeParticleName(string text, int start, char first)
    {
        if ((ParticleInitials >> (first - 'a') & 1) == 0)
        {
            return false;
        }

        for (var at = start + ShortestParticle; at < start + ParticleHyphenReach && at < text.Length; at++)
        {
            if (text[at] == '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A particle joined by a hyphen to a name: "al-Assad", "bin-Salman".</summary>
    private static bool IsParticleName(ReadOnlySpan<char> text)
    {
        // Most words have no hyphen so near their start: a few character tests, then a lookup for the rest.
        for (var hyphen = 1; hyphen < ParticleHyphenReach && hyphen + 1 < text.Length; hyphen++)
        {
            if (text[hyphen] == '-')
            {
                return char.IsUpper(text[hyphen + 1]) && Particles.Contains(text[..hyphen]);
            }
        }

        return false;
    }

    private static bool IsInitial(string text) => text.Length == 1 && char.IsUpper(text[0]);

    private static bool IsSeparator(Token token) => token.Kind == TokenKind.Whitespace || (token.Kind == TokenKind.LineBreak && token.Text.Length <= 2);

    /// <summary>The word without a possessive ending, "'s" or "’s", which it keeps apart.</summary>
    private static NameWord StripPossessive(Token token)
    {
        var text = token.Text;
        if (text.Length > 2 && text[^1] == 's' && text[^2] is '\'' or '’')
        {
            return new NameWord(text[..^2], new TextSpan(token.Span.Start, token.Span.Length - 2), text[^2] == '\'' ? "'s" : "’s");
        }

        return new NameWord(text, token.Start);
    }

    /// <summary>No word follows the token at <paramref name="index"/> in the sentence.</summary>
    private static bool EndsSentence(ReadOnlySpan<Token> tokens, int index)
    {
        for (var k = index + 1; k < tokens.Length; k++)
        {
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly Token None = new(TokenKind.Symbol, default, string.Empty);

    private static ref readonly Token At(ReadOnlySpan<Token> tokens, int index) =>
        ref index < tokens.Length ? ref tokens[index] : ref None;
}
