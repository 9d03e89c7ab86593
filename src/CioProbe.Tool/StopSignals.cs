using System.Runtime.InteropServices;

namespace CioProbe.Tool;

/// <summary>
/// Turns the first SIGINT (Ctrl+C) or SIGTERM into a cancellation, so the run stops cleanly and says so; a second
/// signal is left to its default handling, which ends the process at once.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _exitCode;

    public StopSignals() => _registrations =
    [
        PosixSignalRegistration.Create(PosixSignal.SIGINT, On(ExitCodes.Interrupted)),
        PosixSignalRegistration.Create(PosixSignal.SIGTERM, On(ExitCodes.Terminated)),
    ];

    public CancellationToken Token => _stop.Token;

    /// <summary>The exit code of the first signal received (130 or 143), or null when none arrived.</summary>
    public int? ExitCode => Volatile.Read(ref _exitCode) is var code and not 0 ? code : null;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private Action<PosixSignalContext> On(int exitCode) => context =>
    {
        if (Interlocked.CompareExchange(ref _exitCode, exitCode, 0) == 0)
        {
            context.Cancel = true;
            _stop.Cancel();
        }
    };
}
