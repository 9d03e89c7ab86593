using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CioAnalyzers.Harness;
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
    /// An analyzer or code-fix test over user code compiled as <see cref="TestCompilation"/> sets up: the Customer.io
    /// stand-ins, .NET 8 references and an SDK project's implicit usings, at <see cref="LanguageVersion"/>.
    /// </summary>
    public sealed class CioTest<TCodeFix> : CSharpCodeFixTest<RoleSinkAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        private readonly DiagnosticAnalyzer analyzer;

        public CioTest(TestSubject subject, params string[] alternateLibraries)
        {
            analyzer = subject.Analyzer;
            DisabledDiagnostics.AddRange(subject.DisabledIds);
            if (subject.ReportsAtCompilationEnd)
            {
                CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
            }
            ReferenceAssemblies = TestCompilation.ReferenceAssemblies;
            TestState.AdditionalReferences.AddRange(StandIns.References(alternateLibraries));
        }

        /// <summary>Expects <paramref name="fixedCode"/> after each fix and <paramref name="batchFixedCode"/> after fix-all.</summary>
        public void ExpectFix(string fixedCode, string batchFixedCode)
        {
            FixedCode = fixedCode;
            BatchFixedCode = batchFixedCode;
        }

        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Preview;

        /// <summary>False for code that must compile without an SDK project's implicit usings (a fix that qualifies names).</summary>
        public bool ImplicitUsings { get; set; } = true;

        /// <summary>
        /// Runs with the implicit usings of an SDK project (<see cref="TestCompilation"/>) as one more document, added
        /// last so that the test's own documents keep their names, and unchanged by every fix.
        /// </summary>
        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            if (!ImplicitUsings)
            {
                return base.RunImplAsync(cancellationToken);
            }

            TestState.Sources.Add(TestCompilation.GlobalUsingsSource);
            if (FixedState.Sources.Count > 0)
            {
                FixedState.Sources.Add(TestCompilation.GlobalUsingsSource);
            }

            if (BatchFixedState.Sources.Count > 0)
            {
                BatchFixedState.Sources.Add(TestCompilation.GlobalUsingsSource);
            }

            return base.RunImplAsync(cancellationToken);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new[] { analyzer };

        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

        protected override CompilationOptions CreateCompilationOptions()
            => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
