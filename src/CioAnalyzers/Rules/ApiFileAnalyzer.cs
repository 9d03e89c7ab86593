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
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.InvalidApiFileEntry);

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
                        fileContext.ReportDiagnostic(Diagnostic.Create(RuleCatalog.InvalidApiFileEntry, problem.Location, line, problem.Message));
                    }
                }
            });
        }
    }
}
