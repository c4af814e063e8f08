using System.Collections.Immutable;
using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

public sealed partial class AcronymAnalyzer
{
    /// <summary>
    /// "The NFU Cymru president", "RSPB Scotland said": a body's branch in one nation is named by the body's acronym, which
    /// is judged as if it stood alone ("the school leaders' union NAHT Cymru" is described). Only when the story never names the acronym alone (then that use is judged), and
    /// named once or twice, as a bare acronym is.
    /// </summary>
    private void ReportInBranches(AnalysisContext context, NamingModel model, Dictionary<string, Mention>? definitions, ref RunInitials? initials, ref HashSet<string>? reported)
    {
        var mentions = model.Mentions;
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            if (!(IsBranch(mention) || IsBodyOfPlace(mention)) || mention.IsAcronym || mention.InQuote || mention.InHeading)
            {
                continue;
            }

            var first = mention.First;
            var key = AcronymText.Key(first.Text);
            if (reported?.Contains(key) == true || _known.Contains(key) || ExtraKnown(context).Contains(key) || definitions?.ContainsKey(key) == true
                || IsDisplayCopy(model.Document, first.Span.Start) || IsNamedElsewhere(mentions, key)
                || (initials ??= new(model)).ContainsUpTo(LastMentionBefore(model, first.Span.Start), key)
                || AcronymUsage.IsSpelledOutBefore(model, first.Span.Start, key) || _local.Value.IsKnownIn(model.Document.Text, key)
                || AcronymUsage.IsDescribedNationalBody(model, mention) || AcronymUsage.IsDescribedCompany(model, mention) || AcronymUsage.IsDescribedBodyInApposition(model, mention))
            {
                continue;
            }

            (reported ??= new(StringComparer.Ordinal)).Add(key);
            context.Report(Descriptor, first.Span, first.Text, "is not spelled out before its first use");
        }
    }

    /// <summary>An acronym, then the name of a nation of the UK or Ireland: "NFU Cymru", "RSPB Scotland". The nation is asked first: few names end in one.</summary>
    private static bool IsBranch(Mention mention) =>
        mention.Length switch
        {
            2 => mention.WordAt(1) is "Cymru" or "Scotland" or "Wales" or "England" or "Ireland",
            3 => mention.WordAt(1) == "Northern" && mention.WordAt(2) == "Ireland",
            _ => false,
        } && mention.WordAt(0) is { Length: >= 2 } first && AcronymText.IsAcronym(first);

    /// <summary>
    /// "The PDMA of Khyber Pakhtunkhwa said": a body after "the", then "of" and its place, is named by its acronym as a
    /// branch is. Only after "the", which a body takes; a name of its own ("PGA of America") is a known acronym.
    /// </summary>
    private static bool IsBodyOfPlace(Mention mention) =>
        mention.Length >= 3 && mention.PreviousWord is "the" or "The" && mention.WordAt(1) == "of"
        && mention.WordAt(0) is { Length: >= 2 } first && AcronymText.IsAcronym(first);

    /// <summary>The acronym stands alone elsewhere, or the branch is named three times or more (a name its readers know).</summary>
    private static bool IsNamedElsewhere(ImmutableArray<Mention> mentions, string key)
    {
        var branches = 0;
        foreach (var mention in mentions)
        {
            if (mention.Length == 0 || !AcronymText.IsAcronym(mention.First.Text) || AcronymText.Key(mention.First.Text) != key)
            {
                continue;
            }

            if (mention.IsAcronym || ++branches >= 3)
            {
                return true;
            }
        }

        return false;
    }
}
