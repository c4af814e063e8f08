using System.Reflection;
using CopyLint.Engine;

namespace CopyLint.Rules;

/// <summary>The default rule data: the repository's <c>rules/</c> folder, embedded in this assembly at build time.</summary>
public static class EmbeddedRuleData
{
    private const string Prefix = "rules/";

    public static RuleDataSet Load()
    {
        var assembly = typeof(EmbeddedRuleData).Assembly;
        var files = new List<RuleDataFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add(new RuleDataFile(name[Prefix.Length..].Replace('\\', '/'), reader.ReadToEnd(), "(built-in) " + name));
        }

        return new RuleDataSet(files);
    }
}
