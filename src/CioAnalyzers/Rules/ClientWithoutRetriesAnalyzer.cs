using System;
using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using CioAnalyzers.Model.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO3004: a client-factory registration with a Customer.io BaseAddress and nothing that retries; reported on the
    /// registration. A suggestion: a retry may be added where the analyzer cannot see it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ClientWithoutRetriesAnalyzer : DiagnosticAnalyzer
    {
        public const string Id = "CIO3004";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Customer.io client without retries",
            "The HttpClient registered here calls the Customer.io {0} API with no retry: a 429 or a 5xx answer loses the call; add a resilience handler",
            RuleCatalog.Categories.Transport,
            "Customer.io answers 429 when a workspace sends faster than its rate limit, with a Retry-After to wait, and 5xx when a call can be tried again. The official SDKs retry those answers with backoff; an HttpClient from the client factory does not unless a handler is added (AddStandardResilienceHandler, a Polly policy).",
            DiagnosticSeverity.Info);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var compilation = start.Compilation;
                var configured = CustomerIoModel.For(compilation, start.Options, start.CancellationToken).ConfiguredHosts;
                if ((configured.IsEmpty && !HostText.AnySourceMentionsHost(compilation, start.CancellationToken))
                    || AppWideDefaults.Mentioned(compilation, start.CancellationToken))
                {
                    return;
                }

                // The fix appends the standard handler, which only the resilience package provides; looked up only when a
                // registration is reported (a type that no reference declares is searched for in every one of them).
                var canAddHandler = new Lazy<bool>(() => compilation.GetTypeByMetadataName(ResilienceHandlers.StandardResilienceExtensions) is not null);

                // One action per document, binding only the registrations its text names: no callback per invocation.
                start.RegisterSemanticModelAction(document => AnalyzeDocument(document, canAddHandler, configured));
            });
        }

        private static void AnalyzeDocument(SemanticModelAnalysisContext context, Lazy<bool> canAddHandler, ConfiguredHosts configured)
        {
            var model = context.SemanticModel;
            foreach (var call in ClientRegistration.CallsIn(model.SyntaxTree, context.CancellationToken))
            {
                if (model.GetOperation(call, context.CancellationToken) is not IInvocationOperation invocation
                    || ClientRegistration.Read(invocation, configured) is not { Api: not HttpApiKind.None, Retries: false } registration)
                {
                    continue;
                }

                var where = registration.Registration.Syntax.GetLocation();
                var additional = canAddHandler.Value ? new[] { where, registration.ChainEnd.Syntax.GetLocation() } : new[] { where };
                context.ReportDiagnostic(Diagnostic.Create(Rule, where, additional, null, registration.Api.ToString()));
            }
        }
    }
}
