namespace CopyLint.Rules.Attribution;

// The "About <organisation>" block that closes a press release.
internal sealed partial class FigureScan
{
    /// <summary>
    /// "About Wageningen University & Research" over "Wageningen University & Research is a collaboration … It employs
    /// about 7,600 people": the paragraph under an "About" heading that opens on the name the heading gives is the
    /// organisation describing itself, the source of its own figures. A heading on anything else ("About the study") or a
    /// paragraph opening otherwise is not.
    /// </summary>
    private static bool IsSelfDescription(SourceMap map, int p)
    {
        if (p < 1 || !map.Paragraphs[p - 1].IsHeading || map.Paragraphs[p].Tokens.IsEmpty)
        {
            return false;
        }

        var heading = map.Paragraphs[p - 1].Tokens;
        return heading.Length >= 2 && heading[0].Text == "About" && heading[1].IsCapitalized && map.Paragraphs[p].Tokens[0].Text == heading[1].Text;
    }
}
