using Spectre.Console;

namespace CopyLint.Cli.Output;

/// <summary>Spectre consoles over any writer: colour only when asked for, and no line wrapping unless it is a terminal.</summary>
public static class Consoles
{
    /// <summary>Wide enough that report lines never wrap in a file or pipe (tools parse them line by line).</summary>
    private const int UnwrappedWidth = 100_000;

    public static IAnsiConsole Create(TextWriter writer, bool colour, int? width = null, bool interactive = false)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colour || interactive ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = width ?? UnwrappedWidth;
        return console;
    }

    /// <summary>Colour for a writer: a terminal, and NO_COLOR unset.</summary>
    public static bool UseColour(CliContext context, bool isTerminal) => isTerminal && !context.NoColor;

    /// <summary>A width for tables: the terminal's when there is one, else a fixed one so output is reproducible.</summary>
    public static int TableWidth(bool isTerminal) => isTerminal ? Math.Max(80, SafeWindowWidth()) : 160;

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
