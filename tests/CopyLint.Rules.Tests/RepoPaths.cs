namespace CopyLint.Rules.Tests;

/// <summary>Finds the repository root (the folder with CopyLint.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "CopyLint.Rules.Tests", "Fixtures");

    /// <summary>../shared/ beside the repository, or null where it is absent.</summary>
    public static string? Shared => Directory.Exists(Path.Combine(Root, "..", "shared")) ? Path.GetFullPath(Path.Combine(Root, "..", "shared")) : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CopyLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CopyLint.sln not found above " + AppContext.BaseDirectory);
    }
}
