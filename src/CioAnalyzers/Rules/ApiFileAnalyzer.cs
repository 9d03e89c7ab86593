using System.Collections.Immutable;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO0001: a line of CustomerIo.Api.txt that the model could not use, reported on that line.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ApiFileAnalyzer : DiagnosticAnalyzer
    {
        public const string Id = "CIO0001";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Invalid entry in CustomerIo.Api.txt",
            "CustomerIo.Api.txt line {0} is not used: {1}",
            RuleCatalog.Categories.ApiFile,
            "Each line of CustomerIo.Api.txt gives a Customer.io role to a parameter or property of your own code. A line that does not parse, names an unknown role, a symbol that does not resolve or a parameter that does not exist would leave that wrapper unchecked.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterAdditionalFileAction(fileContext =>
            {
                if (!Model.Configuration.ApiFileParser.IsApiFile(fileContext.AdditionalFile))
                {
                    return;
                }

                var model = CustomerIoModel.For(fileContext.Compilation, fileContext.Options, fileContext.CancellationToken);
                foreach (var problem in model.ConfigurationProblems)
                {
                    if (problem.Location.GetLineSpan().Path == fileContext.AdditionalFile.Path)
                    {
                        var line = problem.Location.GetLineSpan().StartLinePosition.Line + 1;
                        fileContext.ReportDiagnostic(Diagnostic.Create(Rule, problem.Location, line, problem.Message));
                    }
                }
            });
        }
    }
}
