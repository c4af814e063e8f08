using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

internal sealed partial class FigureFinder
{
    /// <summary>
    /// "The museum … houses more than 100,000 artefacts": a count of what a collection keeps (figure-collection-nouns.txt),
    /// straight after a verb of holding in the present, is the institution's published background. So is the collection
    /// named before "of" (figure-collection-holders.txt): "a library of more than 25,000 volumes". "The camp holds about
    /// 50,000 refugees" counts people and stays a claim; so does "the museum lost about 2,000 objects", with no verb of holding.
    /// </summary>
    private bool IsHeldCollection(ReadOnlySpan<Token> t, int first, int end) =>
        first >= 1 && end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word && _words.CollectionNouns.Contains(t[end + 1].Text)
        && ((t[first - 1] is { Kind: TokenKind.Word } verb && HoldingVerbs.Contains(verb.Text))
            || (IsWord(t, first - 1, "of") && first >= 2 && t[first - 2].Kind == TokenKind.Word && _words.CollectionHolders.Contains(t[first - 2].Text)));

    private static readonly WordSet HoldingVerbs = new(["houses", "holds", "contains", "keeps", "displays", "has", "boasts"]);

    /// <summary>
    /// "The church … has about 800 members", "Marriott Bonvoy … had about 248 million members at the end of the quarter": a
    /// body's own membership (figure-member-nouns.txt) straight after "has" or "had" is its background. So is it after
    /// "have" in a relative clause on the bodies ("the funds …, which together have more than 2.5 million members") and
    /// after a body's verb of standing for its members ("The union represents about 300,000 members", "The PPF protects
    /// about 9 million members"). "The church lost about 800 members" is a claim, and so is "Many groups appear to have at
    /// least 100 members", no one body's size.
    /// </summary>
    private bool IsOwnMembership(ReadOnlySpan<Token> t, int first, int end) =>
        ((IsWord(t, first - 1, "has") || IsWord(t, first - 1, "had") || (IsWord(t, first - 1, "have") && (IsWord(t, first - 2, "which") || (IsWord(t, first - 2, "together") && IsWord(t, first - 3, "which"))))
            || (first >= 1 && t[first - 1].Kind == TokenKind.Word && MemberVerbs.Contains(t[first - 1].Text)))
        && end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word && _words.MemberNouns.Contains(t[end + 1].Text)
        && !IsChangeFrom(t, end + 2)) || IsRepresentedByIt(t, end);

    /// <summary>
    /// "this bazaar has about 200 stalls", "The city has about 7 million motorbikes", "One of the largest bazaars in
    /// Selangor, with more than 300 stalls.": what a place or venue has standing in it (figure-facility-nouns.txt), after
    /// "has" or "have", or after "with" closing its phrase, is the stock a guide or a background paragraph describes.
    /// "The fire destroyed about 200 stalls" and "about 200 stalls were damaged" stay claims.
    /// </summary>
    private bool IsStandingFacilities(ReadOnlySpan<Token> t, int first, int end)
    {
        if (end + 1 >= t.Length || t[end + 1].Kind != TokenKind.Word || !_words.FacilityNouns.Contains(t[end + 1].Text) || HasHarmWord(t, first, end))
        {
            return false;
        }

        if (IsWord(t, first - 1, "has") || IsWord(t, first - 1, "have"))
        {
            return !IsChangeFrom(t, end + 2);
        }

        return IsWord(t, first - 1, "with") && (end + 2 >= t.Length || t[end + 2].Kind == TokenKind.Punctuation);
    }

    private static readonly WordSet MemberVerbs = new(["represents", "protects", "covers"]);

    /// <summary>
    /// "Coastline, which manages about $212 billion", "Brunel oversees about £40bn": the money a fund or asset manager
    /// runs, in the present after "which" or its name, is its standing size, as a company's headcount is. "The fund lost
    /// about $212 billion" and "reportedly manages about $212 billion" are claims.
    /// </summary>
    private static bool IsManagedAssets(ReadOnlySpan<Token> t, int first) =>
        first >= 2 && (IsWord(t, first - 1, "manages") || IsWord(t, first - 1, "oversees"))
        && (IsWord(t, first - 2, "which") || t[first - 2] is { Kind: TokenKind.Word, IsCapitalized: true });

    /// <summary>"…600 students, up from about 400 in 2019": a size given beside what it was is a change someone counted.</summary>
    private static bool IsChangeFrom(ReadOnlySpan<Token> t, int comma) =>
        comma < t.Length && t[comma].Text == "," && (IsWord(t, comma + 1, "up") || IsWord(t, comma + 1, "down")) && IsWord(t, comma + 2, "from");

    /// <summary>
    /// "About 900 runners had entered the 13.1-mile race": a count of entrants (figure-entrant-nouns.txt) as the subject of
    /// "entered", with the event (figure-entry-events.txt) a few words after it, is the event's entry list, which its
    /// organiser publishes. "About 900 migrants had entered the country" is a claim.
    /// </summary>
    private bool IsEntryList(ReadOnlySpan<Token> t, int end)
    {
        if (end + 2 >= t.Length || t[end + 1].Kind != TokenKind.Word || !_words.EntrantNouns.Contains(t[end + 1].Text))
        {
            return false;
        }

        var verb = t[end + 2].Text is "had" or "have" or "has" ? end + 3 : end + 2;
        if (!IsWord(t, verb, "entered"))
        {
            return false;
        }

        for (var k = verb + 1; k < t.Length && k <= verb + EntryEventWordsAfter && t[k].Kind is TokenKind.Word or TokenKind.Number; k++)
        {
            if (_words.EntryEvents.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int EntryEventWordsAfter = 4;

    /// <summary>
    /// "the trial of Ekrem İmamoğlu and more than 400 other defendants": the parties to a case (figure-case-parties.txt,
    /// after "other" too) are on the court's record. "Police detained more than 400 suspects" is a claim.
    /// </summary>
    private bool IsPartiesToCase(ReadOnlySpan<Token> t, int end)
    {
        var noun = IsWord(t, end + 1, "other") ? end + 2 : end + 1;
        return noun < t.Length && t[noun].Kind == TokenKind.Word && _words.CaseParties.Contains(t[noun].Text);
    }
}
