using System.CommandLine;
using CopyLint.Text;

namespace CopyLint.Cli.Commands;

/// <summary>`copylint parse FILE` (for developers): how CopyLint splits a file into paragraphs and sentences.</summary>
internal static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The file to split" };
        var command = new Command("parse", "Show how CopyLint splits a file into paragraphs and sentences (for rule authors)") { file };
        command.SetAction(parse => CommandAction.Guard(context, () =>
        {
            var path = parse.GetValue(file)!;
            var document = Document.Parse(SourceText.FromBytes(File.ReadAllBytes(context.FullPath(path)), path));
            foreach (var paragraph in document.Paragraphs)
            {
                context.Out.WriteLine($"¶{paragraph.Index} line {paragraph.FirstLine}{(paragraph.IsHeadingLike ? " (heading)" : "")}");
                foreach (var sentence in paragraph.Sentences)
                {
                    context.Out.WriteLine($"  [{sentence.Index}] {document.GetText(sentence.Span)}");
                }
            }

            return ExitCodes.Clean;
        }));
        return command;
    }
}
