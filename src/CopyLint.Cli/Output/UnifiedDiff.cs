using DiffPlex.Renderer;

namespace CopyLint.Cli.Output;

/// <summary>A unified diff ("--- a/path", "+++ b/path", hunks with three lines of context) for `fix --dry-run`.</summary>
public static class UnifiedDiff
{
    public static string Create(string path, string before, string after)
    {
        // DiffPlex counts the empty piece after a final line break as a line of its own; a diff tool does not.
        if (before.EndsWith('\n') && after.EndsWith('\n'))
        {
            (before, after) = (before[..^1], after[..^1]);
        }

        var diff = new UnidiffRenderer(contextLines: 3).Generate(before, after, "a/" + path, "b/" + path, ignoreWhitespace: false, ignoreCase: false);
        return diff.EndsWith('\n') ? diff : diff + "\n";
    }
}
