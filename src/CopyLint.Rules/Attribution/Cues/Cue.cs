using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Cues;

/// <summary>How much an attribution tells the reader about the source.</summary>
public enum CueStrength
{
    /// <summary>A hedge that stands in for a source: "reportedly", "it is understood", "sources say".</summary>
    Vague,

    /// <summary>A named or plain source: "the ministry said", "according to the UN", "analysts say".</summary>
    Firm,
}

/// <summary>
/// An attribution found in a sentence: the cue words ("said", "according to", "reportedly") and, where present,
/// where the agent they attribute to is ("the ministry", "the UN"); null when there is none, as in a hedge.
/// </summary>
public sealed record Cue(TextSpan Span, string Text, CueStrength Strength, TextSpan? Agent)
{
    /// <summary>An agentless passive ("are estimated"): a hedge that names no other source, so it may be the named source's just before.</summary>
    public bool IsPassive { get; init; }

    /// <summary>A hedge whose speaker is a bare generic plural: "Experts say", "Analysts believe" (rules/lists/vague-generic-agents.txt).</summary>
    public bool IsGenericAgent { get; init; }
}
