using System.Globalization;
using System.Text.RegularExpressions;

namespace CioAnalyzers.Benchmarks.RealBuild
{
    /// <summary>
    /// The compiler's own account of the package in a real build: with <c>ReportAnalyzer</c> on, csc prints each analyzer
    /// assembly's execution time per project, which a detailed build log keeps. csc times each callback with a stopwatch
    /// while the build's other threads share the cores, so in a concurrent build the figure is an upper bound on the
    /// package's own work; without the compiler server it also holds the analyzers' loading and JIT compilation.
    /// </summary>
    internal static class AnalyzerReport
    {
        // "   0.410   55   CioAnalyzers, Version=0.1.0.0, ..." in the table csc prints after "Total analyzer execution time".
        private static readonly Regex AssemblyLine = new(@"^\s*(?<seconds>\d+\.\d+)\s+\d+\s+CioAnalyzers, Version=", RegexOptions.Multiline | RegexOptions.Compiled);

        /// <summary>The build arguments that make csc print the table and keep it in <paramref name="logFile"/>.</summary>
        public static string[] Arguments(string logFile)
            => new[] { "-p:ReportAnalyzer=true", $"-flp:logfile={logFile};verbosity=detailed" };

        /// <summary>CioAnalyzers' execution time summed over every project the log reports, in milliseconds; null when none does.</summary>
        public static double? CioMilliseconds(string log)
        {
            double? total = null;
            foreach (Match match in AssemblyLine.Matches(log))
            {
                total = (total ?? 0) + 1000 * double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture);
            }

            return total;
        }
    }
}
