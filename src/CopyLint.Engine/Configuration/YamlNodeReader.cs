using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CopyLint.Engine.Configuration;

/// <summary>Typed access to YAML nodes of one file: every shape error names the file, line and column.</summary>
internal sealed partial class YamlNodeReader(string path)
{
    /// <summary>The root node of a single-document file, or null when the file holds nothing.</summary>
    public YamlNode? LoadRoot(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw Error(At(e.Start), "invalid YAML: " + MarkPrefix().Replace(e.Message, string.Empty));
        }

        if (stream.Documents.Count > 1)
        {
            throw Error(At(stream.Documents[1].RootNode), "expected one YAML document, found several.");
        }

        return stream.Documents.Count == 0 || IsEmpty(stream.Documents[0].RootNode) ? null : stream.Documents[0].RootNode;
    }

    /// <summary>A mapping; an empty value counts as an empty mapping.</summary>
    public YamlMappingNode Mapping(YamlNode node, string expected) => node switch
    {
        YamlMappingNode mapping => mapping,
        _ when IsEmpty(node) => new YamlMappingNode(),
        _ => throw Error(At(node), $"expected {expected}."),
    };

    /// <summary>The items of a sequence; an empty value counts as an empty sequence.</summary>
    public IEnumerable<YamlNode> Sequence(YamlNode node, string expected) => node switch
    {
        YamlSequenceNode sequence => sequence.Children,
        _ when IsEmpty(node) => [],
        _ => throw Error(At(node), $"expected {expected}."),
    };

    /// <summary>A scalar, or a list of scalars.</summary>
    public List<Located> Strings(YamlNode node, string expected) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.Select(c => Scalar(c, "a plain value in the list"))],
        YamlScalarNode => [Scalar(node, expected)],
        _ => throw Error(At(node), $"expected {expected}."),
    };

    /// <summary>A non-empty scalar.</summary>
    public Located Scalar(YamlNode node, string expected) =>
        node is YamlScalarNode { Value.Length: > 0 } scalar && !IsEmpty(scalar)
            ? new Located(scalar.Value!, At(node))
            : throw Error(At(node), $"expected {expected}.");

    public static Position At(YamlNode node) => At(node.Start);

    public ConfigurationException Error(Position at, string reason) => new(path, at.Line, at.Column, reason);

    /// <summary>A plain empty value or YAML null (<c>key:</c>, <c>~</c>, <c>null</c>).</summary>
    private static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static Position At(Mark mark) => new((int)mark.Line, (int)mark.Column);

    // YamlDotNet prefixes its messages with the marks, which the error already gives as line and column.
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
