using System.Diagnostics;

namespace CopyLint.Lsp;

/// <summary>Ends the server when the client process named in initialize dies without closing the connection.</summary>
internal static class ClientProcessWatch
{
    public static void Start(int processId, Action onExit, TimeSpan interval, CancellationToken stopping)
    {
        _ = Task.Run(async () =>
        {
            try
            {
                await WatchAsync(processId, onExit, interval, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The server stopped first.
            }
        });
    }

    private static async Task WatchAsync(int processId, Action onExit, TimeSpan interval, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
        {
            if (!IsAlive(processId))
            {
                onExit();
                return;
            }
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
