using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace CopyLint.Text;

/// <summary>
/// Reads a whole file with open, read and close alone: no file-status calls (the runtime's open asks once, its length
/// twice) and no safe handle to create and release. Any failure answers false, and the caller reads the file again
/// the managed way, which raises the errors it always has.
/// </summary>
internal static partial class LinuxFileReader
{
    private const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC, the same on x64 and arm64

    // O_PATH | O_DIRECTORY | O_CLOEXEC: a folder held only to open files in, which (like a path walk) needs no read
    // permission on it. O_DIRECTORY is the one flag whose value differs between x64 and arm64.
    private static readonly int FolderFlags = 0x200000 | 0x80000 | (RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x4000 : 0x10000);

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
    public static bool TryRead(string path, out byte[] buffer, out int length) => TryReadAll(Open(path, ReadOnlyCloseOnExec), out buffer, out length);

    /// <summary>
    /// As <see cref="TryRead"/>, for the file <paramref name="name"/> in a folder <see cref="OpenFolder"/> opened: the
    /// kernel looks up one name instead of walking every folder of the path again.
    /// </summary>
    public static bool TryReadIn(int folder, ReadOnlySpan<char> name, out byte[] buffer, out int length)
    {
        // The name as the runtime's marshalling would pass it: UTF-8 (lone surrogates replaced) and a NUL.
        var size = Encoding.UTF8.GetMaxByteCount(name.Length) + 1;
        Span<byte> bytes = size <= 1024 ? stackalloc byte[1024] : new byte[size];
        var written = Encoding.UTF8.GetBytes(name, bytes);
        bytes[written] = 0;
        return TryReadAll(OpenAt(folder, ref bytes[0], ReadOnlyCloseOnExec), out buffer, out length);
    }

    /// <summary>A descriptor of the folder to open files in (see <see cref="TryReadIn"/>), or -1.</summary>
    public static int OpenFolder(string path) => Open(path, FolderFlags);

    public static void CloseFolder(int folder) => _ = Close(folder);

    /// <summary>Reads from an open descriptor to its end and closes it; a negative one (a failed open) answers false.</summary>
    private static bool TryReadAll(int fd, out byte[] buffer, out int length)
    {
        buffer = [];
        length = 0;
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

    [LibraryImport("libc", EntryPoint = "openat")]
    private static partial int OpenAt(int folder, ref byte name, int flags);

    [LibraryImport("libc", EntryPoint = "read")]
    private static partial nint Read(int fd, ref byte buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
