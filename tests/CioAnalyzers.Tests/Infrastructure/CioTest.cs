using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>An analyzer or code-fix test over user code compiled with the Customer.io stand-ins, on .NET 8 references.</summary>
    public sealed class CioTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public CioTest()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            TestState.AdditionalReferences.AddRange(StandIns.ConfigurationReferences);
            foreach (var standIn in StandIns.Sources)
            {
                TestState.Sources.Add(standIn);
            }
        }

        /// <summary>Expects <paramref name="fixedCode"/> after each fix and <paramref name="batchFixedCode"/> after fix-all.</summary>
        public void ExpectFix(string fixedCode, string batchFixedCode)
        {
            foreach (var standIn in StandIns.Sources)
            {
                FixedState.Sources.Add(standIn);
                BatchFixedState.Sources.Add(standIn);
            }

            FixedCode = fixedCode;
            BatchFixedCode = batchFixedCode;
        }

        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Preview;

        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

        protected override CompilationOptions CreateCompilationOptions()
            => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
