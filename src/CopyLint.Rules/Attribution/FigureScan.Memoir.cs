using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// An obituary a relative or friend writes in the first person: the writer is the source of the life it tells.
internal sealed partial class FigureScan
{
    private const int MemoirOpeningParagraphs = 3;

    /// <summary>
    /// "My mother, Dorothy Ashworth, who has died aged 93, was a librarian …": an obituary written by the subject's
    /// relative or friend (the Guardian's Other lives) tells the life from the writer's own knowledge, so its figures
    /// ("The mobile library visited more than 120 villages every fortnight.") are the writer's. One of the first body
    /// paragraphs opens on "My", a word of kin and the death; a news obituary in the third person is read as any story.
    /// </summary>
    private static bool IsWrittenByKin(SourceMap map)
    {
        var seen = 0;
        for (var p = 0; p < map.Paragraphs.Length && seen < MemoirOpeningParagraphs; p++)
        {
            if (map.Paragraphs[p].IsHeading)
            {
                continue;
            }

            seen++;
            var tokens = map.Paragraphs[p].Tokens;
            if (tokens.Length > 2 && tokens[0].Text == "My" && tokens[1].Kind == TokenKind.Word && Kin.Contains(tokens[1].Text) && NamesDeath(tokens))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesDeath(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && token.IsIgnoreCase("died"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Kin = new(["mother", "father", "husband", "wife", "partner", "friend", "brother", "sister", "son", "daughter",
        "grandmother", "grandfather", "uncle", "aunt", "cousin", "colleague", "stepfather", "stepmother", "godmother", "godfather"]);
}
