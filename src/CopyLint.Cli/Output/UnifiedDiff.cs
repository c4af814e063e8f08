using DiffPlex.Renderer;

namespace CopyLint.Cli.Output;

/// <summary>A unified diff ("--- a/path", "+++ b/path", hunks with three lines of context) for `fix --dry-run`.</summary>
public static class UnifiedDiff
{
    public static string Create(string path, string before, string after) =>
        new UnidiffRenderer(contextLines: 3).Generate(before, after, "a/" + path, "b/" + path, ignoreWhitespace: false, ignoreCase: false);
}
