namespace CopyLint.Engine;

/// <summary>A titled set of edits that resolves one diagnostic ("Delete the related-content block").</summary>
public sealed record CodeFix(string Title, IReadOnlyList<TextEdit> Edits)
{
    public CodeFix(string title, TextEdit edit)
        : this(title, [edit])
    {
    }
}
