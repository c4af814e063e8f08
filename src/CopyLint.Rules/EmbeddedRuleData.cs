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
        var buffer = Array.Empty<byte>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            files.Add(new RuleDataFile(name[Prefix.Length..].Replace('\\', '/'), Read(assembly, name, ref buffer), "(built-in) " + name, BuiltIn: true));
        }

        return new RuleDataSet(files);
    }

    /// <summary>
    /// A UTF-8 resource's text, decoded at once: a StreamReader's buffers cost more than the small files they read. The
    /// bytes go through one buffer for every resource, so only the text is allocated.
    /// </summary>
    private static string Read(Assembly assembly, string name, ref byte[] buffer)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        if (buffer.Length < stream.Length)
        {
            buffer = new byte[Math.Max(stream.Length, 2L * buffer.Length)];
        }

        var text = buffer.AsSpan(0, (int)stream.Length);
        stream.ReadExactly(text);
        return Encoding.UTF8.GetString(text.StartsWith(Encoding.UTF8.Preamble) ? text[Encoding.UTF8.Preamble.Length..] : text);
    }
}
