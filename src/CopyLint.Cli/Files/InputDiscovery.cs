using System.IO.Enumeration;

namespace CopyLint.Cli.Files;

/// <summary>
/// Expands the paths given on the command line: files as given, folders searched recursively for copy (*.txt, *.md),
/// "-" for standard input. The result is sorted by path and free of duplicates, so output order is deterministic.
/// </summary>
public static class InputDiscovery
{
    public static readonly IReadOnlyList<string> CopyExtensions = [".txt", ".md"];

    /// <param name="warn">Told about a folder with no copy in it.</param>
    /// <exception cref="UsageException">A path that does not exist.</exception>
    public static IReadOnlyList<CheckInput> Discover(IReadOnlyList<string> paths, CliContext context, Action<string> warn)
    {
        var inputs = new Dictionary<string, CheckInput>(StringComparer.Ordinal);
        foreach (var path in paths.Count == 0 ? ["."] : paths)
        {
            if (path == CheckInput.StandardInputPath)
            {
                var stdin = new CheckInput(path, context.FullPath("stdin.txt"), IsStandardInput: true, Explicit: true);
                inputs.TryAdd(path, stdin);
                continue;
            }

            var full = context.FullPath(path);
            if (File.Exists(full))
            {
                inputs.TryAdd(full, new CheckInput(path, full, IsStandardInput: false, Explicit: true));
            }
            else if (Directory.Exists(full))
            {
                var found = 0;
                var prefix = path.Replace(Path.DirectorySeparatorChar, '/').TrimEnd('/');
                var root = Path.TrimEndingDirectorySeparator(full);
                foreach (var file in CopyFilesUnder(full))
                {
                    found++;
                    inputs.TryAdd(file, new CheckInput(Display(prefix, root, file), file, IsStandardInput: false, Explicit: false));
                }

                if (found == 0)
                {
                    warn($"{path}: no copy (*.txt, *.md) in this folder");
                }
            }
            else
            {
                throw new UsageException($"{path}: no such file or folder");
            }
        }

        return [.. inputs.Values.OrderBy(i => i.DisplayPath, StringComparer.Ordinal)];
    }

    private static IEnumerable<string> CopyFilesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return new FileSystemEnumerable<string>(folder, static (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), options)
        {
            ShouldIncludePredicate = static (ref FileSystemEntry entry) => !entry.IsDirectory && IsCopy(entry.FileName),

            // Skip .git, node_modules-like dot folders on platforms where the hidden attribute is not set for dot folders.
            ShouldRecursePredicate = static (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.'),
        };
    }

    private static bool IsCopy(ReadOnlySpan<char> fileName)
    {
        foreach (var extension in CopyExtensions)
        {
            if (fileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The found file's path as the user would write it: their folder path joined with the relative rest.</summary>
    /// <param name="prefix">The folder as the user gave it, with forward slashes and none at the end.</param>
    /// <param name="root">The folder's full path without a separator at the end.</param>
    private static string Display(string prefix, string root, string file)
    {
        // Found under the root, a file's path is the root, a separator and the rest: no need to normalise both paths
        // and compare them segment by segment for each of thousands of files, as Path.GetRelativePath does.
        var under = file.Length > root.Length + 1 && file.StartsWith(root, StringComparison.Ordinal) && file[root.Length] == Path.DirectorySeparatorChar;
        var relative = (under ? file[(root.Length + 1)..] : Path.GetRelativePath(root, file)).Replace(Path.DirectorySeparatorChar, '/');
        return prefix is "." or "" ? relative : $"{prefix}/{relative}";
    }
}
