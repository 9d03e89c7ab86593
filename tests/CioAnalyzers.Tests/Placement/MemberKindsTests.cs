using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CioAnalyzers.Tests.Placement
{
    /// <summary>
    /// Diagnostics are held per member until the driver has run the member's operations, then reported from its block
    /// action. Every kind of member that holds operations must report its own, once, in a whole document and when its
    /// line alone is analysed: not only method bodies.
    /// </summary>
    public class MemberKindsTests
    {
        private const string Source = """
            using System;

            class Holder
            {
                private readonly CustomerIOSharp.CustomerIo field = new CustomerIOSharp.CustomerIo("site", Environment.GetEnvironmentVariable("CIO_KEY_A")); // field initializer
                public CustomerIOSharp.CustomerIo Initialized { get; } = new CustomerIOSharp.CustomerIo("site", Environment.GetEnvironmentVariable("CIO_KEY_B")); // property initializer
                public CustomerIOSharp.CustomerIo Computed => new CustomerIOSharp.CustomerIo("site", Environment.GetEnvironmentVariable("CIO_KEY_C")); // expression-bodied property
                private readonly Func<CustomerIOSharp.CustomerIo> factory = () => new CustomerIOSharp.CustomerIo("site", Environment.GetEnvironmentVariable("CIO_KEY_D")); // lambda in a field
            }

            class Base
            {
                protected Base(CustomerIOSharp.CustomerIo client) => Console.WriteLine(client);
            }

            class Derived : Base
            {
                public Derived()
                    : base(new CustomerIOSharp.CustomerIo("site", Environment.GetEnvironmentVariable("CIO_KEY_E"))) // constructor initializer
                {
                }
            }

            class Primary() : Base(new CustomerIOSharp.CustomerIo("site", Environment.GetEnvironmentVariable("CIO_KEY_F"))); // primary constructor

            class Local
            {
                void Run()
                {
                    CustomerIOSharp.CustomerIo Make() => new CustomerIOSharp.CustomerIo("site", Environment.GetEnvironmentVariable("CIO_KEY_G")); // local function
                    Console.WriteLine(Make());
                }
            }
            """;

        private static readonly string[] KindNames =
        {
            "field initializer", "property initializer", "expression-bodied property", "lambda in a field",
            "constructor initializer", "primary constructor", "local function",
        };

        public static TheoryData<string> Kinds => new(KindNames);

        [Fact]
        public async Task TheWholeDocumentReportsEachMemberOnce()
        {
            var (compilation, tree) = await CompileAsync();
            var analysis = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new RoleSinkAnalyzer()));
            var result = await analysis.GetAnalysisResultAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
            var lines = result.SemanticDiagnostics[tree].Values.SelectMany(d => d)
                .Select(d => (d.Id, Line: d.Location.GetLineSpan().StartLinePosition.Line)).OrderBy(d => d.Line).ToArray();
            var expected = KindNames.Select(k => ("CIO2001", LineOf(k))).OrderBy(d => d.Item2).ToArray();
            Assert.Equal(expected, lines);
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public async Task TheMembersLineAloneFindsItsDiagnostic(string kind)
        {
            var (compilation, tree) = await CompileAsync();
            var diagnostic = Assert.Single(await LineAnalysis.AnalyseLineAsync(compilation, tree, "// " + kind, "CIO2001"));
            Assert.Equal(LineOf(kind), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        }

        private static Task<(Compilation Compilation, SyntaxTree Tree)> CompileAsync() => LineAnalysis.CompileAsync(Source);

        private static int LineOf(string kind)
        {
            var line = LineAnalysis.LineOf(Source, "// " + kind);
            Assert.True(line >= 0, "no line ends with // " + kind);
            return line;
        }
    }
}
