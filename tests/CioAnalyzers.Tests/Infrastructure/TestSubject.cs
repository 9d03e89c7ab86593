using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>What a test runs: an analyzer with all its diagnostics, or one sink rule alone in its host.</summary>
    public sealed class TestSubject
    {
        private TestSubject(DiagnosticAnalyzer analyzer, ImmutableArray<string> disabledIds, bool reportsAtCompilationEnd = false)
        {
            Analyzer = analyzer;
            DisabledIds = disabledIds;
            ReportsAtCompilationEnd = reportsAtCompilationEnd;
        }

        /// <summary>
        /// True for a compilation-wide rule: its diagnostics are not tied to one document, which the test framework
        /// refuses to fix unless told (builds and <c>dotnet format</c> fix them).
        /// </summary>
        public bool ReportsAtCompilationEnd { get; }

        public DiagnosticAnalyzer Analyzer { get; }

        /// <summary>The host's other rules, turned off so that a rule's test sees only its own diagnostics.</summary>
        public ImmutableArray<string> DisabledIds { get; }

        public static TestSubject Of(DiagnosticAnalyzer analyzer) => new(analyzer, ImmutableArray<string>.Empty);

        public static TestSubject Of(SinkRule rule)
        {
            var host = new RoleSinkAnalyzer();
            return new(host, host.SupportedDiagnostics.Select(d => d.Id).Where(id => id != rule.Descriptor.Id).ToImmutableArray(),
                rule.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
        }
    }
}
