using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>What a test runs: an analyzer with all its diagnostics, or one sink rule alone in its host.</summary>
    public sealed class TestSubject
    {
        private TestSubject(DiagnosticAnalyzer analyzer, ImmutableArray<string> disabledIds)
        {
            Analyzer = analyzer;
            DisabledIds = disabledIds;
        }

        public DiagnosticAnalyzer Analyzer { get; }

        /// <summary>The host's other rules, turned off so that a rule's test sees only its own diagnostics.</summary>
        public ImmutableArray<string> DisabledIds { get; }

        public static TestSubject Of(DiagnosticAnalyzer analyzer) => new(analyzer, ImmutableArray<string>.Empty);

        public static TestSubject Of(SinkRule rule)
        {
            var host = new RoleSinkAnalyzer();
            return new(host, host.SupportedDiagnostics.Select(d => d.Id).Where(id => id != rule.Descriptor.Id).ToImmutableArray());
        }
    }
}
