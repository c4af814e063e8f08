using System.Reflection;

namespace CopyLint.Cli;

/// <summary>The tool's name, version and home, as reported in JSON and SARIF.</summary>
public static class ToolInfo
{
    public const string Name = "CopyLint";

    public const string InformationUri = "https://github.com/copylint/copylint";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
