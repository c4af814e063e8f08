namespace CopyLint.Engine.Configuration;

/// <summary>
/// One configuration in the resolver's cache, loaded once on first use (a failure is kept too), with the stamps of
/// the files it was read from so the resolver can tell when it is stale.
/// </summary>
internal sealed class CachedConfiguration
{
    private readonly FileStamp _stamp;
    private readonly Lazy<LoadedConfiguration> _value;
    private volatile FileStamp[] _dependencies = [];

    public CachedConfiguration(string path, Func<string, ICollection<string>, LoadedConfiguration> load)
    {
        // Stamped before reading, so a write during the read makes the entry stale rather than lost.
        _stamp = FileStamp.Of(path);
        _value = new Lazy<LoadedConfiguration>(() =>
        {
            var dependencies = new List<string>();
            try
            {
                return load(path, dependencies);
            }
            finally
            {
                _dependencies = [.. dependencies.Select(FileStamp.Of)];
            }
        });
    }

    /// <summary>The loaded configuration, or the <see cref="ConfigurationException"/> loading it raised.</summary>
    public LoadedConfiguration Value => _value.Value;

    public bool IsCurrent() => _stamp.IsCurrent() && _dependencies.All(d => d.IsCurrent());

    private readonly record struct FileStamp(string Path, DateTime LastWriteUtc, long Length)
    {
        public static FileStamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(path, info.LastWriteTimeUtc, info.Length) : new FileStamp(path, default, -1);
        }

        public bool IsCurrent() => Of(Path) == this;
    }
}
