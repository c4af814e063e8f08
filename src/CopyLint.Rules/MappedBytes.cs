using System.Buffers;

namespace CopyLint.Rules;

/// <summary>
/// Bytes the runtime keeps mapped for the life of the process (an embedded resource in the binary's image), as
/// <see cref="Memory{T}"/>: read in place, its pages come from the file as touched instead of being copied to the heap.
/// </summary>
internal sealed unsafe class MappedBytes(byte* start, int length) : MemoryManager<byte>
{
    public override Span<byte> GetSpan() => new(start, length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(start + elementIndex);

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
