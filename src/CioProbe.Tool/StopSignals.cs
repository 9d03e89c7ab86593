using System.Runtime.InteropServices;

namespace CioProbe.Tool
{
    /// <summary>
    /// Turns the first SIGINT (Ctrl+C) or SIGTERM into a cancellation, so the run stops cleanly and says so; a second
    /// signal is left to its default handling, which ends the process at once.
    /// </summary>
    internal sealed class StopSignals : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly PosixSignalRegistration[] registrations;
        private int exitCode;

        public StopSignals() => registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, On(ExitCodes.Interrupted)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, On(ExitCodes.Terminated)),
        ];

        public CancellationToken Token => stop.Token;

        /// <summary>The exit code of the first signal received (130 or 143), or null when none arrived.</summary>
        public int? ExitCode => Volatile.Read(ref this.exitCode) is var code and not 0 ? code : null;

        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }

            stop.Dispose();
        }

        private Action<PosixSignalContext> On(int exitCode) => context =>
        {
            if (Interlocked.CompareExchange(ref this.exitCode, exitCode, 0) == 0)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        };
    }
}
