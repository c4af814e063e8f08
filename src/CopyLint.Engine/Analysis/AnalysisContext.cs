using CopyLint.Text;

namespace CopyLint.Engine;

/// <summary>What an analyzer sees of one run: the document, its options, the rule data, and a place to report.</summary>
public sealed class AnalysisContext(
    Document document, LintSettings settings, RuleDataSet data, CancellationToken cancellationToken, Dictionary<object, object>? shared = null, AnalysisScratch? scratch = null)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<object, object>? _sharedGiven = shared;
    private AnalysisScratch? _scratch = scratch;

    // The models of this run, looked up by key in a loop: a document has a handful (lines, content tokens, the naming
    // model…), fewer than a dictionary's hashing and first two resizes are worth.
    private (object Key, object Value)[] _shared = new (object, object)[8];
    private int _sharedCount;

    public Document Document { get; } = document;

    public RuleDataSet Data { get; } = data;

    public LintSettings Settings { get; } = settings;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    internal IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Adds a diagnostic the engine itself reports, in order with the analyzers' own.</summary>
    internal void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Drops what was reported after the first <paramref name="count"/> diagnostics (an analyzer that threw).</summary>
    internal void RollBack(int count) => _diagnostics.RemoveRange(count, _diagnostics.Count - count);

    /// <summary>
    /// A model built once per document and shared by every analyzer of the run that asks with the same key (e.g. the
    /// naming family's mentions), so analyzers stay stateless without each rebuilding it.
    /// </summary>
    public T GetShared<T>(object key, Func<Document, T> build)
        where T : class =>
        GetShared(key, build, static (document, build) => build(document));

    /// <summary><see cref="GetShared{T}(object, Func{Document, T})"/> with a state for the build, which then needs no closure.</summary>
    public T GetShared<T, TState>(object key, TState state, Func<Document, TState, T> build)
        where T : class
    {
        if (_sharedGiven is not null)
        {
            if (!_sharedGiven.TryGetValue(key, out var given))
            {
                given = build(Document, state);
                _sharedGiven[key] = given;
            }

            return (T)given;
        }

        if (Find(key) is { } found)
        {
            return (T)found;
        }

        var value = build(Document, state);
        Keep(key, value);
        return value;
    }

    private object? Find(object key)
    {
        for (var i = 0; i < _sharedCount; i++)
        {
            // Most keys are types, equal only to themselves: no virtual call for those.
            if (ReferenceEquals(_shared[i].Key, key) || _shared[i].Key.Equals(key))
            {
                return _shared[i].Value;
            }
        }

        return null;
    }

    private void Keep(object key, object value)
    {
        if (_sharedCount == _shared.Length)
        {
            Array.Resize(ref _shared, _shared.Length * 2);
        }

        _shared[_sharedCount++] = (key, value);
    }

    /// <summary>
    /// A model of the document shared like <see cref="GetShared{T}"/>'s, but filled into an object the lint keeps from
    /// document to document (<see cref="AnalysisScratch"/>), so its arrays are reused rather than allocated per file.
    /// <paramref name="fill"/> gets this context (to ask for the models it reads) and must overwrite everything the
    /// object holds; nothing read from the object may outlive the lint: the next document's fill overwrites it.
    /// </summary>
    public T GetReused<T>(object key, Action<T, AnalysisContext> fill)
        where T : class, new()
    {
        if (_sharedGiven is not null)
        {
            // Models kept past this lint: a reused object would be overwritten under them.
            return GetShared(key, (this, fill), static (_, state) =>
            {
                var fresh = new T();
                state.fill(fresh, state.Item1);
                return fresh;
            });
        }

        if (Find(key) is { } found)
        {
            return (T)found;
        }

        var value = (_scratch ??= new AnalysisScratch()).Get<T>(key);
        fill(value, this);
        Keep(key, value);
        return value;
    }

    /// <summary>The options configured for a rule ID (empty when none).</summary>
    public RuleOptions OptionsFor(DiagnosticDescriptor descriptor) => Settings.OptionsFor(descriptor.Id);

    /// <summary>False when configuration turned the rule off: skip the work.</summary>
    public bool IsEnabled(DiagnosticDescriptor descriptor) => Settings.EffectiveSeverity(descriptor) is not null;

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] messageArgs) =>
        Report(descriptor, span, [], messageArgs);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, CodeFix fix, params object?[] messageArgs) =>
        Report(descriptor, span, [fix], messageArgs);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, IReadOnlyList<CodeFix> fixes, params object?[] messageArgs) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, Document.Source, span, descriptor.FormatMessage(messageArgs), fixes));
}
