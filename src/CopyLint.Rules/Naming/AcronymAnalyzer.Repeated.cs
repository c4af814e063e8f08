namespace CopyLint.Rules.Naming;

public sealed partial class AcronymAnalyzer
{
    /// <summary>
    /// "BYD founder Wang Chuanfu said" … "BYD's sales": an acronym the story names again in its copy (or named first in a
    /// quotation) and never spells out is one it treats as a name its readers know. Asked only of an acronym about to be
    /// reported: one named once, or named before the name it stands for ('the ONS said' … 'the Office for National
    /// Statistics (ONS)'), is reported.
    /// </summary>
    private static bool IsNamedAgainUnexplained(NamingModel model, int first, string key)
    {
        var mentions = model.Mentions;
        var text = model.Document.Text;
        var again = false;
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

            // Before the use judged, only a quotation is copy: a headline or a standfirst is display.
            again |= !mention.InHeading && (j > first || mention.InQuote);
        }

        return again && !new RunInitials(model).ContainsUpTo(mentions.Length - 1, key);
    }
}
