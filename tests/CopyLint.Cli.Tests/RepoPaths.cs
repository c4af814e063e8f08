namespace CopyLint.Cli.Tests;

/// <summary>Finds the repository root (the folder with CopyLint.sln) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

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
