using System.Globalization;

namespace CopyLint.Engine;

/// <summary>The options configured for one rule, with typed accessors that fall back to a default.</summary>
public sealed class RuleOptions(IReadOnlyDictionary<string, OptionValue> values)
{
    public static RuleOptions Empty { get; } = new(new Dictionary<string, OptionValue>());

    public bool Has(string name) => values.ContainsKey(name);

    public string GetString(string name, string defaultValue) =>
        values.TryGetValue(name, out var v) && v.Scalar is { } s ? s : defaultValue;

    public int GetInt(string name, int defaultValue) =>
        values.TryGetValue(name, out var v) && int.TryParse(v.Scalar, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : defaultValue;

    public double GetDouble(string name, double defaultValue) =>
        values.TryGetValue(name, out var v) && double.TryParse(v.Scalar, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : defaultValue;

    public bool GetBool(string name, bool defaultValue) =>
        values.TryGetValue(name, out var v) && bool.TryParse(v.Scalar, out var b) ? b : defaultValue;

    /// <summary>A list option; a scalar counts as a one-item list.</summary>
    public IReadOnlyList<string> GetList(string name) =>
        values.TryGetValue(name, out var v) ? v.Items ?? (v.Scalar is { } s ? [s] : []) : [];
}
