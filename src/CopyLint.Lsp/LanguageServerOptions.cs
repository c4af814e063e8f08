using CopyLint.Engine.Configuration;

namespace CopyLint.Lsp;

/// <summary>Timings of the language server; tests shorten them.</summary>
public sealed record LanguageServerOptions
{
    public static LanguageServerOptions Default { get; } = new();

    /// <summary>How long typing must pause before a changed document is linted again.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>How often to check that the client process named in initialize is still alive.</summary>
    public TimeSpan ClientProcessPollInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Replaces configuration discovery (tests): makes a fresh resolver of file paths to plans on each reload.</summary>
    internal Func<Func<string, FileLintPlan>>? ConfigurationResolver { get; init; }
}
