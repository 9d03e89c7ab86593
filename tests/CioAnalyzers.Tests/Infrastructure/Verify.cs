using System;
using System.Threading.Tasks;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>Verifies one sink rule alone in its host: diagnostics are marked in the source with {|ID:...|}.</summary>
    public static class VerifyRule<TRule>
        where TRule : SinkRule, new()
    {
        public static Task Analyzer(string source, params string[] alternateLibraries)
            => Verifier.Analyzer(TestSubject.Of(new TRule()), source, alternateLibraries);

        /// <summary>With a CustomerIo.Api.txt file and diagnostics expected outside the markup.</summary>
        public static Task AnalyzerWithApiFile(string source, string apiFile, params DiagnosticResult[] expected)
            => Verifier.AnalyzerWithApiFile(TestSubject.Of(new TRule()), source, apiFile, expected);

        /// <summary>Where the rule reports: <paramref name="expected"/> names the locations marked {|#n:...|} in the source.</summary>
        public static Task Placement(string source, params DiagnosticResult[] expected)
            => Verifier.Placement(TestSubject.Of(new TRule()), source, expected);

        /// <summary>With additional files (configuration files: path and text, markup allowed as in the source).</summary>
        public static Task AnalyzerWithFiles(string source, params (string Path, string Text)[] files)
            => Verifier.AnalyzerWithFiles(TestSubject.Of(new TRule()), source, files, Array.Empty<DiagnosticResult>());

        public static Task Fix<TCodeFix>(string source, string fixedSource, string? batchFixedSource = null, int? iterations = null, string[]? alternateLibraries = null)
            where TCodeFix : CodeFixProvider, new()
            => Verifier.Fix<TCodeFix>(TestSubject.Of(new TRule()), source, fixedSource, batchFixedSource, iterations, alternateLibraries);

        /// <summary>As <see cref="Fix{TCodeFix}"/>, in a project without implicit usings: what the fix writes must compile alone.</summary>
        public static Task FixWithoutImplicitUsings<TCodeFix>(string source, string fixedSource)
            where TCodeFix : CodeFixProvider, new()
            => Verifier.Fix<TCodeFix>(TestSubject.Of(new TRule()), source, fixedSource, null, null, null, implicitUsings: false);

        public static Task NoFix<TCodeFix>(string source)
            where TCodeFix : CodeFixProvider, new()
            => Verifier.NoFix<TCodeFix>(TestSubject.Of(new TRule()), source);
    }

    /// <summary>Verifies a whole analyzer: diagnostics are marked in the source with {|ID:...|}.</summary>
    public static class VerifyAnalyzer<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static Task Analyzer(string source, params string[] alternateLibraries)
            => Verifier.Analyzer(TestSubject.Of(new TAnalyzer()), source, alternateLibraries);

        /// <summary>With a CustomerIo.Api.txt file and diagnostics expected outside the markup.</summary>
        public static Task AnalyzerWithApiFile(string source, string apiFile, params DiagnosticResult[] expected)
            => Verifier.AnalyzerWithApiFile(TestSubject.Of(new TAnalyzer()), source, apiFile, expected);

        /// <summary>Where the analyzer reports: <paramref name="expected"/> names the locations marked {|#n:...|} in the source.</summary>
        public static Task Placement(string source, params DiagnosticResult[] expected)
            => Verifier.Placement(TestSubject.Of(new TAnalyzer()), source, expected);

        /// <summary>With additional files (configuration files: path and text, markup allowed as in the source).</summary>
        public static Task AnalyzerWithFiles(string source, (string Path, string Text)[] files, params DiagnosticResult[] expected)
            => Verifier.AnalyzerWithFiles(TestSubject.Of(new TAnalyzer()), source, files, expected);

        /// <summary>As <see cref="AnalyzerWithFiles"/>, with the code in several files.</summary>
        public static Task AnalyzerWithSourcesAndFiles(string[] sources, (string Path, string Text)[] files, params DiagnosticResult[] expected)
            => Verifier.AnalyzerWithFiles(TestSubject.Of(new TAnalyzer()), sources, files, expected);

        public static Task Fix<TCodeFix>(string source, string fixedSource, string? batchFixedSource = null)
            where TCodeFix : CodeFixProvider, new()
            => Verifier.Fix<TCodeFix>(TestSubject.Of(new TAnalyzer()), source, fixedSource, batchFixedSource, null, null);

        public static Task NoFix<TCodeFix>(string source)
            where TCodeFix : CodeFixProvider, new()
            => Verifier.NoFix<TCodeFix>(TestSubject.Of(new TAnalyzer()), source);

        /// <summary>As <see cref="Fix{TCodeFix}"/>, with additional files (configuration files), unchanged by the fix.</summary>
        public static Task FixWithFiles<TCodeFix>(string source, string fixedSource, params (string Path, string Text)[] files)
            where TCodeFix : CodeFixProvider, new()
            => Verifier.FixWithFiles<TCodeFix>(TestSubject.Of(new TAnalyzer()), source, fixedSource, files);
    }

    /// <summary>
    /// The checks behind the typed verifiers, at the newest language version this suite's compiler knows. The suite runs
    /// on the floor, Roslyn 4.8, whose newest version is C# 12: a second run at C# 12 would repeat the first. Newer
    /// hosts are covered where they are: the crash-safety runner drives every analyzer and fix on the newest Roslyn, and
    /// the end-to-end tests build the docs examples and the demo with the installed SDK's compiler.
    /// </summary>
    internal static class Verifier
    {
        /// <summary>The path the test framework gives the configuration file.</summary>
        public const string ApiFileName = "/0/CustomerIo.Api.txt";

        public static Task Analyzer(TestSubject subject, string source, string[] alternateLibraries)
            => AtNewestVersion(version => new CioTest<EmptyCodeFixProvider>(subject, alternateLibraries) { TestCode = source, LanguageVersion = version });

        public static Task AnalyzerWithApiFile(TestSubject subject, string source, string apiFile, DiagnosticResult[] expected)
            => AtNewestVersion(version =>
            {
                var test = new CioTest<EmptyCodeFixProvider>(subject) { TestCode = source, LanguageVersion = version };
                test.TestState.AdditionalFiles.Add((ApiFileName, apiFile));
                test.ExpectedDiagnostics.AddRange(expected);
                return test;
            });

        public static Task AnalyzerWithFiles(TestSubject subject, string source, (string Path, string Text)[] files, DiagnosticResult[] expected)
            => AnalyzerWithFiles(subject, new[] { source }, files, expected);

        public static Task AnalyzerWithFiles(TestSubject subject, string[] sources, (string Path, string Text)[] files, DiagnosticResult[] expected)
            => AtNewestVersion(version =>
            {
                var test = new CioTest<EmptyCodeFixProvider>(subject) { LanguageVersion = version };
                foreach (var source in sources)
                {
                    test.TestState.Sources.Add(source);
                }

                foreach (var file in files)
                {
                    test.TestState.AdditionalFiles.Add((file.Path, file.Text));
                }

                test.ExpectedDiagnostics.AddRange(expected);
                return test;
            });

        public static Task Placement(TestSubject subject, string source, DiagnosticResult[] expected)
            => AtNewestVersion(version =>
            {
                var test = new CioTest<EmptyCodeFixProvider>(subject) { TestCode = source, LanguageVersion = version };
                test.ExpectedDiagnostics.AddRange(expected);
                return test;
            });

        /// <summary>The fix turns <paramref name="source"/> into <paramref name="fixedSource"/>, one by one and with fix-all.</summary>
        public static Task Fix<TCodeFix>(TestSubject subject, string source, string fixedSource, string? batchFixedSource, int? iterations, string[]? alternateLibraries,
            bool implicitUsings = true)
            where TCodeFix : CodeFixProvider, new()
            => AtNewestVersion(version =>
            {
                var test = new CioTest<TCodeFix>(subject, alternateLibraries ?? Array.Empty<string>())
                {
                    TestCode = source,
                    LanguageVersion = version,
                    ImplicitUsings = implicitUsings,
                };
                test.ExpectFix(fixedSource, batchFixedSource ?? fixedSource);
                if (iterations is { } count)
                {
                    test.NumberOfFixAllIterations = count;
                    test.NumberOfIncrementalIterations = count;
                }

                return test;
            });

        public static Task FixWithFiles<TCodeFix>(TestSubject subject, string source, string fixedSource, (string Path, string Text)[] files)
            where TCodeFix : CodeFixProvider, new()
            => AtNewestVersion(version =>
            {
                var test = new CioTest<TCodeFix>(subject, Array.Empty<string>()) { TestCode = source, LanguageVersion = version };
                test.ExpectFix(fixedSource, fixedSource);
                foreach (var file in files)
                {
                    test.TestState.AdditionalFiles.Add((file.Path, file.Text));
                    test.FixedState.AdditionalFiles.Add((file.Path, file.Text));
                    test.BatchFixedState.AdditionalFiles.Add((file.Path, file.Text));
                }

                return test;
            });

        /// <summary>The analyzer reports the marked diagnostics and no fix is offered for them.</summary>
        public static Task NoFix<TCodeFix>(TestSubject subject, string source)
            where TCodeFix : CodeFixProvider, new()
            => AtNewestVersion(version =>
            {
                var test = new CioTest<TCodeFix>(subject) { TestCode = source, LanguageVersion = version };
                test.ExpectFix(source, source);
                return test;
            });

        private static Task AtNewestVersion<TCodeFix>(Func<LanguageVersion, CioTest<TCodeFix>> create)
            where TCodeFix : CodeFixProvider, new()
            => create(LanguageVersion.Preview).RunAsync();
    }
}
