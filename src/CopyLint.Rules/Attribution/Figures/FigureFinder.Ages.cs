using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>An age: how old a person, an animal or a building is, which no record may fix.</summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "is believed to be about 193 years old", "is believed to be about 193, making him the oldest known living land
    /// animal": a count before "years old", or a bare count after a form of "be" that ends its clause in a sentence that
    /// speaks of age, is an age, not a claim. "The death toll is believed to be about 300." counts.
    /// </summary>
    private static bool IsAge(ReadOnlySpan<Token> t, int first, int end)
    {
        if ((IsWord(t, end + 1, "years") || IsWord(t, end + 1, "year")) && IsWord(t, end + 2, "old"))
        {
            return true;
        }

        if (first < 1 || !(t[first - 1].Kind == TokenKind.Word && Copulas.Contains(t[first - 1].Text)) || (end + 1 < t.Length && t[end + 1].Kind is TokenKind.Word or TokenKind.Number))
        {
            return false;
        }

        foreach (var token in t)
        {
            if (token.Kind == TokenKind.Word && AgeWords.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Copulas = new(["be", "is", "was", "are", "were"]);
    private static readonly WordSet AgeWords = new(["oldest", "youngest", "age", "aged", "birthday"]);
}
