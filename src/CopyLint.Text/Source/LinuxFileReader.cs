using System.Buffers;
using System.Runtime.InteropServices;

namespace CopyLint.Text;

/// <summary>
/// Reads a whole file with open, read and close alone: no file-status calls (the runtime's open asks once, its length
/// twice) and no safe handle to create and release. Any failure answers false, and the caller reads the file again
/// the managed way, which raises the errors it always has.
/// </summary>
internal static partial class LinuxFileReader
{
    private const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC, the same on x64 and arm64

    private const int FirstBuffer = 16 * 1024;

    private const int MaxBuffer = 64 * 1024 * 1024;

    /// <summary>
    /// On Linux x64 and arm64, when the runtime's advisory file locks are off (as the CLI turns them off): with them on,
    /// the runtime's open honours another process's exclusive lock, and this one would not.
    /// </summary>
    public static bool IsSupported { get; } =
        OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64
        && AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var disabled) && disabled;

    /// <summary>Reads the file into a buffer rented from the shared pool (the caller returns it).</summary>
    /// <param name="path">An absolute path with no "." or ".." segments, so the kernel finds the file the runtime would.</param>
    public static bool TryRead(string path, out byte[] buffer, out int length)
    {
        buffer = [];
        length = 0;
        var fd = Open(path, ReadOnlyCloseOnExec);
        if (fd < 0)
        {
            return false;
        }

        var rented = ArrayPool<byte>.Shared.Rent(FirstBuffer);
        var read = 0;
        try
        {
            while (true)
            {
                if (read == rented.Length)
                {
                    if (rented.Length >= MaxBuffer)
                    {
                        return false; // a huge file: the managed path reads it (or says why it cannot)
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(rented.Length * 2);
                    rented.AsSpan().CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(rented);
                    rented = larger;
                }

                var n = Read(fd, ref rented[read], rented.Length - read);
                if (n <= 0)
                {
                    if (n == 0)
                    {
                        (buffer, length) = (rented, read);
                        rented = [];
                        return true;
                    }

                    return false;
                }

                read += (int)n;
            }
        }
        finally
        {
            if (rented.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }

            _ = Close(fd);
        }
    }

    /// <summary>Paths the kernel resolves as the runtime does: absolute, without segments the runtime folds away, no NUL.</summary>
    public static bool Resolves(string path) =>
        path.StartsWith('/') && !path.Contains("/.", StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal) && !path.Contains('\0');

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "read")]
    private static partial nint Read(int fd, ref byte buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
