using System;
using System.Diagnostics;
using System.IO;

namespace CioAnalyzers.Benchmarks.RealBuild
{
    /// <summary>
    /// The processor time the compiler server (VBCSCompiler) has used so far. Read before and after a build, it gives the
    /// compiler's CPU time for that build alone, which does not grow while the build waits for a core. It still carries
    /// the server's own JIT warm-up and garbage collections, so it is printed beside B, not used for it. Read from /proc:
    /// elsewhere no server is found and the figure is reported as not measured.
    /// </summary>
    internal static class CompilerServerCpu
    {
        /// <summary>The server processes' processor time in milliseconds; null when none is running or it cannot be read.</summary>
        public static double? TotalMs()
        {
            double? total = null;
            foreach (var process in Process.GetProcesses())
            {
                using (process)
                {
                    try
                    {
                        if (IsCompilerServer(process.Id))
                        {
                            total = (total ?? 0) + process.TotalProcessorTime.TotalMilliseconds;
                        }
                    }
                    catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
                    {
                        // The process ended while it was read, or is not ours to read: not the server of these builds.
                    }
                }
            }

            return total;
        }

        /// <summary>The server runs as <c>dotnet VBCSCompiler.dll</c>; its command line, not its process name, says so.</summary>
        private static bool IsCompilerServer(int pid)
        {
            var commandLine = Path.Combine("/proc", pid.ToString(System.Globalization.CultureInfo.InvariantCulture), "cmdline");
            return File.Exists(commandLine) && File.ReadAllText(commandLine).Contains("VBCSCompiler", StringComparison.Ordinal);
        }
    }
}
