namespace CopyLint.Engine;

/// <summary>A rule option's value from configuration: a scalar or a list of scalars.</summary>
public sealed record OptionValue(string? Scalar, IReadOnlyList<string>? Items)
{
    public static OptionValue Of(string scalar) => new(scalar, null);

    public static OptionValue Of(IReadOnlyList<string> items) => new(null, items);
}
