using CopyLint.Engine;
using CopyLint.Lsp.Protocol;
using CopyLint.Text;

namespace CopyLint.Lsp;

/// <summary>Turns CopyLint's findings into the protocol's diagnostics.</summary>
public static class DiagnosticConverter
{
    public const string Source = "copylint";

    public static LspDiagnostic ToLsp(this Diagnostic diagnostic, SourceText source) =>
        new(source.ToRange(diagnostic.Span), ToLsp(diagnostic.Severity), diagnostic.Id, new CodeDescription(diagnostic.Descriptor.HelpLink), Source, diagnostic.Message);

    public static int ToLsp(Severity severity) => severity switch
    {
        Severity.Error => 1,
        Severity.Warning => 2,
        Severity.Info => 3,
        _ => 4,
    };
}
