using System.CommandLine;

namespace CopyLint.Cli.Commands;

/// <summary>Options and arguments several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Config() => new("--config", "-c")
    {
        Description = "Use this configuration for every file instead of the nearest copylint.yaml",
        HelpName = "FILE",
    };

    public static Argument<string[]> Paths(string description) => new("paths")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };
}
