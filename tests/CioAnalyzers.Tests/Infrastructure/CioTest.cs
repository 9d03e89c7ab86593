using System.Collections.Generic;
using System.Linq;
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
    /// An analyzer or code-fix test over user code compiled with the Customer.io stand-ins, on .NET 8 references, at
    /// <see cref="LanguageVersion"/>.
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

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new[] { analyzer };

        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

        protected override CompilationOptions CreateCompilationOptions()
            => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
