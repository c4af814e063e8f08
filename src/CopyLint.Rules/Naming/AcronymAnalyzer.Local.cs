namespace CopyLint.Rules.Naming;

public sealed partial class AcronymAnalyzer
{
    /// <summary>
    /// Known where the story is, unless the story spells it out after this use: "The RNLI said" … "the Royal National
    /// Lifeboat Institution (RNLI)", "joined the Royal National Lifeboat Institution's crew" or "The radio access network
    /// (RAN) business" names it before the name it stands for. Asked only of a local acronym about to be reported.
    /// </summary>
    private bool IsKnownHere(NamingModel model, int index, string key)
    {
        if (!_local.Value.IsKnownIn(model.Document.Text, key))
        {
            return false;
        }

        var mentions = model.Mentions;
        for (var i = index + 1; i < mentions.Length; i++)
        {
            if ((mentions[i].DefinedAcronym is { } defined && AcronymText.Key(defined) == key) || IsBracketedAfterPhrase(model.Document.Text, mentions[i], key))
            {
                return false;
            }
        }

        return !new RunInitials(model).ContainsUpTo(mentions.Length - 1, key);
    }

    /// <summary>
    /// "The radio access network (RAN) business": the acronym alone in brackets after the words whose initials spell it
    /// ("Range: 571km (WLTP)" labels a figure and spells nothing out).
    /// </summary>
    private static bool IsBracketedAfterPhrase(string text, Mention mention, string key)
    {
        if (!mention.IsAcronym || AcronymText.Key(mention.First.Text) != key || !IsInBrackets(text, mention))
        {
            return false;
        }

        var words = text[..(mention.Span.Start - 1)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < key.Length)
        {
            return false;
        }

        for (var k = 0; k < key.Length; k++)
        {
            if (char.ToUpperInvariant(words[words.Length - key.Length + k][0]) != key[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Acronyms every reader in one country or field knows ("the RCMP" in Canada, "ACT" in New Zealand), known in a story
    /// that names one of their places (rules/lists/known-acronyms-local.txt). Asked only of an acronym about to be reported.
    /// </summary>
    private sealed class LocalAcronyms
    {
        private readonly Dictionary<string, string[]> _places;

        /// <param name="lines">"Place | Place … = ACRONYM ACRONYM …"</param>
        public LocalAcronyms(IReadOnlyList<string> lines)
        {
            // The places of a line shared by its acronyms (never changed), in the order a set would keep them.
            _places = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                var equals = line.IndexOf('=');
                if (equals < 0)
                {
                    continue;
                }

                var cues = Distinct(line[..equals].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                foreach (var acronym in line[(equals + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var key = AcronymText.Key(acronym);
                    _places[key] = _places.TryGetValue(key, out var known) ? [.. known, .. cues.Where(cue => !known.Contains(cue))] : cues;
                }
            }
        }

        /// <summary>The places in their order, each once: as they are when none repeats (a set a line would cost more).</summary>
        private static string[] Distinct(string[] places)
        {
            for (var i = 1; i < places.Length; i++)
            {
                if (Array.IndexOf(places, places[i], 0, i) >= 0)
                {
                    return [.. places.Distinct()];
                }
            }

            return places;
        }

        /// <summary>
        /// The story names a place where <paramref name="key"/> is known, as written or all in capitals as a dateline
        /// sets it ("SINGAPORE — Rail operator SMRT …").
        /// </summary>
        public bool IsKnownIn(string text, string key)
        {
            if (!_places.TryGetValue(key, out var places))
            {
                return false;
            }

            foreach (var place in places)
            {
                if (NamesWord(text, place) || (char.IsUpper(place[0]) && NamesWord(text, place.ToUpperInvariant())))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><paramref name="word"/> stands in the text as a whole word: "B.C.'s" names B.C., "Irishman" does not name Irish.</summary>
        private static bool NamesWord(string text, string word)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
