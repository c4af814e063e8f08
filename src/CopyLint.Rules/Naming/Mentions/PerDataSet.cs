using System.Runtime.CompilerServices;
using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>
/// Something built from rule data once per data set: the run's data (context.Data) may carry a user's list entries
/// that the data the analyzer was created with does not.
/// </summary>
public sealed class PerDataSet<T>(Func<RuleDataSet, T> build)
    where T : class
{
    private readonly ConditionalWeakTable<RuleDataSet, T> _values = [];

    public T For(RuleDataSet data) => _values.GetValue(data, d => build(d));
}
