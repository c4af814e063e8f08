namespace CopyLint.Rules.Naming;

public sealed partial class AcronymAnalyzer
{
    /// <summary>
    /// An acronym the story's copy names three times or more and never spells out ('BYD founder Wang Chuanfu said' …
    /// 'BYD sold' … 'BYD's share'), or named first in a quotation, is one it treats as a name its readers know. Asked
    /// only of an acronym about to be reported: one named once or twice ('the latest IMD bulletin' … 'The IMD has
    /// forecast'), or named before the name it stands for ('the ONS said' … 'the Office for National Statistics (ONS)'),
    /// is reported. Measured on eleven survey rounds: planted acronyms are nearly all named once, brands and household
    /// names the copy leans on are named again and again.
    /// </summary>
    private static bool IsNamedAgainUnexplained(NamingModel model, int first, string key)
    {
        var mentions = model.Mentions;
        var text = model.Document.Text;
        var quotedBefore = false;
        var others = 0;
        for (var j = 0; j < mentions.Length; j++)
        {
            var mention = mentions[j];
            if (j > first && mention.DefinedAcronym is { } defined && AcronymText.Key(defined) == key)
            {
                return false;
            }

            if (j == first || !mention.IsAcronym || (SuffixedForm(text, mention) ?? AcronymText.Key(mention.First.Text)) != key)
            {
                continue;
            }

            if (j > first && (mention.IsAcronymDefinition || IsInBrackets(text, mention) || (j + 1 < mentions.Length && IsExpansionAfter(model, mention, mentions[j + 1], key))))
            {
                return false;
            }

            // Before the use judged, only a quotation counts: a headline or a standfirst is display.
            if (!mention.InHeading)
            {
                quotedBefore |= j < first && mention.InQuote;
                others += j > first ? 1 : 0;
            }
        }

        return (quotedBefore || others >= 2) && !new RunInitials(model).ContainsUpTo(mentions.Length - 1, key);
    }
}
