namespace CopyLint.Text;

/// <summary>
/// Reads the files of one run. On Linux it keeps each folder it reads from open and opens a file by its name in that
/// folder, so the kernel does not walk every folder of the path again for each file (most of an open's cost when a
/// run reads thousands of files from a few folders). Reads the same bytes and raises the same errors as
/// <see cref="SourceText.FromFile(string, string)"/>. Thread-safe; dispose it when the run is over, which closes the folders.
/// </summary>
public sealed class SourceFileReader : IDisposable
{
    /// <summary>
    /// Folders kept open at most; files in any further folder are opened by their whole path. Few enough that the
    /// descriptors held never crowd out the files being read, even under a low limit of open files.
    /// </summary>
    private const int MaxFolders = 64;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _folders = new(StringComparer.Ordinal);
    private volatile OpenFolder? _last;
    private bool _disposed;

    /// <summary>A folder's path (without a separator at the end, "" for the root) and its descriptor.</summary>
    private sealed record OpenFolder(string Path, int Descriptor);

    /// <inheritdoc cref="SourceText.FromFile(string, string)"/>
    public SourceText Read(string path, string displayPath)
    {
        if (LinuxFileReader.IsSupported && LinuxFileReader.Resolves(path))
        {
            var slash = path.LastIndexOf('/');
            var name = path.AsSpan(slash + 1);
            // A path ending in a separator names a folder: the whole path is tried (and fails) as before.
            var folder = name.IsEmpty ? -1 : FolderOf(path.AsSpan(0, slash));
            var read = folder >= 0
                ? LinuxFileReader.TryReadIn(folder, name, out var bytes, out var length)
                : LinuxFileReader.TryRead(path, out bytes, out length);
            if (read)
            {
                return SourceText.FromPooledBytes(bytes, length, displayPath);
            }

            return SourceText.FromFileManaged(path, displayPath);
        }

        return SourceText.FromFile(path, displayPath);
    }

    /// <summary>The open folder's descriptor, opened the first time it is asked for; -1 when it cannot be (or is not) kept.</summary>
    private int FolderOf(ReadOnlySpan<char> path)
    {
        // Files come sorted by path, so nearly every file is in the folder of the one before.
        if (_last is { } last && path.SequenceEqual(last.Path))
        {
            return last.Descriptor;
        }

        lock (_lock)
        {
            var byPath = _folders.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!byPath.TryGetValue(path, out var known, out var descriptor))
            {
                if (_disposed || _folders.Count >= MaxFolders)
                {
                    return -1;
                }

                known = path.ToString();
                descriptor = LinuxFileReader.OpenFolder(path.IsEmpty ? "/" : known);
                if (descriptor < 0)
                {
                    return -1; // not a folder, or not searchable: the whole path's open says what is wrong
                }

                _folders.Add(known, descriptor);
            }

            _last = new OpenFolder(known, descriptor);
            return descriptor;
        }
    }

    /// <summary>Closes the folders; call it once no read is running. Later reads open files by their whole path.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _last = null;
            foreach (var descriptor in _folders.Values)
            {
                LinuxFileReader.CloseFolder(descriptor);
            }

            _folders.Clear();
        }
    }
}
