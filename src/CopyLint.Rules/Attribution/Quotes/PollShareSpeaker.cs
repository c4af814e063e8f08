using System.Text.RegularExpressions;
using CopyLint.Rules.Attribution.Cues;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// "Thirty-eight percent of respondents said tariffs had made their finances worse." above '"It's a tax. People know
/// it's a tax."': a share of a poll's sample is a result, not a speaker, so it credits no quotation in the paragraph
/// after; the one respondent quoted needs naming. So is a share alone as the subject of a survey's sentence ("The survey also
/// asked about risks. Sixty-two per cent said …").
/// </summary>
internal static partial class PollShareSpeaker
{
    /// <summary>Whether <paramref name="cue"/>'s agent (read from <paramref name="text"/>) is a share of a group.</summary>
    public static bool Is(Cue cue, string text) =>
        cue.Agent is { } agent && agent.End <= text.Length && Share().IsMatch(text.AsSpan(agent.Start, agent.Length));

    [GeneratedRegex(@"^(?:[\w-]+ ){0,2}?(?:\d[\d.,]*\s?%|[\w-]+ (?:percent|per cent))(?: of |$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Share();
}
