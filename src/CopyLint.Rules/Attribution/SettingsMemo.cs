using CopyLint.Engine;

namespace CopyLint.Rules.Attribution;

/// <summary>
/// One rule's <see cref="AttributionSettings"/>, read once per options object rather than once per file: a run with one
/// configuration hands every file the same <see cref="RuleOptions"/>. Holds the last pair only; threads that race
/// each store an equal pair.
/// </summary>
internal sealed class SettingsMemo
{
    private sealed record Entry(RuleOptions Options, AttributionSettings Settings);

    private Entry? _last;

    public AttributionSettings For(RuleOptions options)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && ReferenceEquals(last.Options, options))
        {
            return last.Settings;
        }

        var settings = AttributionSettings.From(options);
        Volatile.Write(ref _last, new Entry(options, settings));
        return settings;
    }
}
