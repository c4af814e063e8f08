using System.Reflection;
using System.Text;
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
            files.Add(new RuleDataFile(name[Prefix.Length..].Replace('\\', '/'), Read(assembly, name), "(built-in) " + name, BuiltIn: true));
        }

        return new RuleDataSet(files);
    }

    /// <summary>A UTF-8 resource's text, decoded at once: a StreamReader's buffers cost more than the small files they read.</summary>
    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var text = bytes.AsSpan();
        return Encoding.UTF8.GetString(text.StartsWith(Encoding.UTF8.Preamble) ? text[Encoding.UTF8.Preamble.Length..] : text);
    }
}
