namespace CopyLint.Engine;

/// <summary>Rule families; each owns a block of IDs (CL1xxx Boilerplate … CL5xxx Typography).</summary>
public enum RuleCategory
{
    /// <summary>CL0xxx: CopyLint's own problems (an analyzer that failed).</summary>
    Internal = 0,

    /// <summary>CL1xxx: junk left in the copy by scraping or pasting.</summary>
    Boilerplate = 1,

    /// <summary>CL2xxx: people, organisations and acronyms named consistently.</summary>
    Naming = 2,

    /// <summary>CL3xxx: figures and quotes with a source.</summary>
    Attribution = 3,

    /// <summary>CL4xxx: numbers and dates.</summary>
    NumbersAndDates = 4,

    /// <summary>CL5xxx: repetition, punctuation and typography.</summary>
    Typography = 5,

    /// <summary>Rules from a user's rule pack whose IDs are outside the CL blocks.</summary>
    House = 9,
}
