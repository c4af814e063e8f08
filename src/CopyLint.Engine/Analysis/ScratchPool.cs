namespace CopyLint.Engine;

/// <summary>The scratches of a linter's lints, however many run at once: one is taken for a lint and given back after it.</summary>
internal sealed class ScratchPool
{
    private readonly Stack<AnalysisScratch> _free = new();

    public AnalysisScratch Rent()
    {
        lock (_free)
        {
            return _free.TryPop(out var scratch) ? scratch : new AnalysisScratch();
        }
    }

    public void Return(AnalysisScratch scratch)
    {
        lock (_free)
        {
            _free.Push(scratch);
        }
    }
}
