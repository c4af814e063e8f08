using System.CommandLine;
using CopyLint.Cli.Files;

namespace CopyLint.Cli.Commands;

/// <summary>`copylint init`: a commented starter copylint.yaml in the current folder; never overwrites one.</summary>
internal static class InitCommand
{
    public const string FileName = "copylint.yaml";

    public static Command Create(CliContext context)
    {
        var command = new Command("init", $"Write a commented starter {FileName} in the current folder");
        command.SetAction(_ => CommandAction.Guard(context, () =>
        {
            var path = Path.Combine(context.WorkingDirectory, FileName);
            if (File.Exists(path))
            {
                throw new UsageException($"{FileName} already exists here; delete it first to start again");
            }

            AtomicFile.WriteAllBytes(path, Template());
            context.Out.WriteLine($"Wrote {FileName}. Edit it, then run 'copylint check'.");
            return ExitCodes.Clean;
        }));
        return command;
    }

    /// <summary>The starter configuration (Resources/copylint.yaml, embedded).</summary>
    public static byte[] Template()
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream("copylint.init.yaml")!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
