namespace CioProbe.Tool
{
    /// <summary>The tool's exit codes; a stop by a signal follows the shell convention of 128 + the signal number.</summary>
    internal static class ExitCodes
    {
        public const int Ok = 0;
        public const int CheckFailed = 1;
        public const int UsageOrConfiguration = 2;

        /// <summary>SIGINT (Ctrl+C).</summary>
        public const int Interrupted = 130;

        /// <summary>SIGTERM.</summary>
        public const int Terminated = 143;
    }
}
