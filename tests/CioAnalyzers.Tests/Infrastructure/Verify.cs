using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// Keeps each test to its code and its expectation: diagnostics are marked in the source with {|ID:...|}.
    /// <typeparamref name="TSubject"/> is an analyzer, or a sink rule checked alone.
    /// </summary>
    public static class Verify<TSubject>
        where TSubject : new()
    {
        /// <summary>The analyzer reports exactly the marked diagnostics (and nothing where none is marked).</summary>
        public static Task Analyzer(string source) => Analyzer(source, System.Array.Empty<string>());

        /// <summary>As <see cref="Analyzer(string)"/>, against other versions of some libraries (see <see cref="StandIns"/>).</summary>
        public static Task Analyzer(string source, params string[] alternateLibraries)
        {
            var test = new CioTest<EmptyCodeFixProvider>(new TSubject(), alternateLibraries) { TestCode = source };
            return test.RunAsync();
        }

        /// <summary>As <see cref="Analyzer(string)"/>, with a CustomerIo.Api.txt file and diagnostics expected outside the markup.</summary>
        public static Task AnalyzerWithApiFile(string source, string apiFile, params DiagnosticResult[] expected)
        {
            var test = new CioTest<EmptyCodeFixProvider>(new TSubject()) { TestCode = source };
            test.TestState.AdditionalFiles.Add((ApiFileName, apiFile));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        /// <summary>The path the test framework gives the configuration file.</summary>
        public const string ApiFileName = "/0/CustomerIo.Api.txt";

        /// <summary>The fix turns <paramref name="source"/> into <paramref name="fixedSource"/>, one by one and with fix-all.</summary>
        public static Task Fix<TCodeFix>(string source, string fixedSource, string? batchFixedSource = null, int? iterations = null, string[]? alternateLibraries = null)
            where TCodeFix : CodeFixProvider, new()
        {
            var test = new CioTest<TCodeFix>(new TSubject(), alternateLibraries ?? System.Array.Empty<string>()) { TestCode = source };
            test.ExpectFix(fixedSource, batchFixedSource ?? fixedSource);
            if (iterations is { } count)
            {
                test.NumberOfFixAllIterations = count;
                test.NumberOfIncrementalIterations = count;
            }

            return test.RunAsync();
        }

        /// <summary>The analyzer reports the marked diagnostics and no fix is offered for them.</summary>
        public static Task NoFix<TCodeFix>(string source)
            where TCodeFix : CodeFixProvider, new()
        {
            var test = new CioTest<TCodeFix>(new TSubject()) { TestCode = source };
            test.ExpectFix(source, source);
            return test.RunAsync();
        }
    }
}
