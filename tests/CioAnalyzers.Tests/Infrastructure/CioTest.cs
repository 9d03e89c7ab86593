using System;
using System.Collections.Generic;
using System.Linq;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// An analyzer or code-fix test over user code compiled with the Customer.io stand-ins, on .NET 8 references.
    /// The subject is an analyzer, or a <see cref="SinkRule"/>: then its host runs with every other rule turned off.
    /// </summary>
    public sealed class CioTest<TCodeFix> : CSharpCodeFixTest<RoleSinkAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        private readonly DiagnosticAnalyzer analyzer;

        public CioTest(object subject, params string[] alternateLibraries)
        {
            if (subject is SinkRule rule)
            {
                analyzer = new RoleSinkAnalyzer();
                DisabledDiagnostics.AddRange(analyzer.SupportedDiagnostics.Select(d => d.Id).Where(id => id != rule.Descriptor.Id));
            }
            else
            {
                analyzer = subject as DiagnosticAnalyzer
                    ?? throw new ArgumentException($"{subject.GetType().Name} is neither a DiagnosticAnalyzer nor a SinkRule: tests verify one of those.", nameof(subject));
            }

            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            TestState.AdditionalReferences.AddRange(StandIns.References(alternateLibraries));
        }

        /// <summary>Expects <paramref name="fixedCode"/> after each fix and <paramref name="batchFixedCode"/> after fix-all.</summary>
        public void ExpectFix(string fixedCode, string batchFixedCode)
        {
            FixedCode = fixedCode;
            BatchFixedCode = batchFixedCode;
        }

        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Preview;

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new[] { analyzer };

        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

        protected override CompilationOptions CreateCompilationOptions()
            => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
