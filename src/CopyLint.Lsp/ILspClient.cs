using CopyLint.Lsp.Protocol;

namespace CopyLint.Lsp;

/// <summary>What the server sends to the client.</summary>
internal interface ILspClient
{
    Task PublishDiagnosticsAsync(PublishDiagnosticsParams parameters);

    void ShowMessage(ShowMessageParams parameters);

    void Log(string message);

    void RegisterCapability(RegistrationParams parameters);
}
