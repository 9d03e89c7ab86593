using System;
using System.Collections.Generic;

namespace CioAnalyzers.CrashSafety
{
    /// <summary>What one input did to the analyzers and fixes: each entry is a description with its stack trace.</summary>
    internal sealed class InputResult
    {
        public List<string> AnalyzerExceptions { get; } = new();

        public List<string> FixerExceptions { get; } = new();

        public List<string> FixesAddingErrors { get; } = new();

        /// <summary>The fixed sources already compiled and checked.</summary>
        public HashSet<string> CheckedFixes { get; } = new();

        public int Diagnostics { get; set; }

        public TimeSpan CompileTime { get; set; }

        public TimeSpan AnalysisTime { get; set; }

        public TimeSpan FixTime { get; set; }

        public int FixesApplied { get; set; }

        public bool Failed => AnalyzerExceptions.Count + FixerExceptions.Count + FixesAddingErrors.Count > 0;
    }
}
