using System;
using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// The one analyzer behind every rule about values sent to Customer.io: it finds, once per operation, the values
    /// that reach Customer.io with their roles, and hands each to the rules that look at that role. One search and one
    /// callback per operation, however many rules there are.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RoleSinkAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>
        /// Every sink rule, in id order. Listed rather than found by reflection: a compiler process without the compiler
        /// server loads the analyzers anew for each project, and reflecting over this assembly's 400 types made the list take
        /// 27 ms of each such start instead of 14. A test checks that every concrete <see cref="SinkRule"/> is here.
        /// </summary>
        internal static ImmutableArray<SinkRule> Rules { get; } = new SinkRule[]
        {
            new AttributeTypeConsistencyRule(),
            new CredentialInSourceRule(),
            new DateNotUnixSecondsRule(),
            new EmailAddressRule(),
            new EmptyCustomerIdentifierRule(),
            new EnvelopeFieldSpellingRule(),
            new EventNameAndDataRule(),
            new EventNameSpellingRule(),
            new GeneratedIdentifierRule(),
            new MalformedAuthorizationRule(),
            new MaybeMissingCredentialRule(),
            new MixedUpCredentialRule(),
            new ReservedAttributeCaseRule(),
            new SizeLimitRule(),
            new TransactionalShapeRule(),
            new UncheckedResponseRule(),
            new UndocumentedRouteRule(),
            new UnescapedPathSegmentRule(),
            new UnixMillisecondsRule(),
            new UnsubscribedStringRule(),
            new UtcDateTimeRule(),
        }.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToImmutableArray();

        /// <summary>The rules decided per operation, and those that collect for the compilation's end.</summary>
        private static readonly ImmutableArray<SinkRule> OperationRules = Rules.Where(r => r is not CompilationWideRule).ToImmutableArray();
        private static readonly ImmutableArray<CompilationWideRule> CompilationRules = Rules.OfType<CompilationWideRule>().ToImmutableArray();

        private static readonly ImmutableArray<OperationKind> SinkKinds =
            ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Rules.Select(r => r.Descriptor).ToImmutableArray();

        public override void Initialize(AnalysisContext context)
        {
            // Generated code is not analysed. Diagnostics need no second filter: each lies inside the operation that
            // found it, and asking the driver whether a location is generated walks the whole file once per file.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var model = CustomerIoModel.For(start.Compilation, start.Options, start.CancellationToken);
                if (!model.MayReachCustomerIo(start.CancellationToken))
                {
                    // No client library, no configured type and no Customer.io host in the source or the configuration
                    // files: no value can reach Customer.io, so no operation is looked at. Raw-HTTP URLs fold only from
                    // constants, which are in the source (or in a library, which CustomerIo.Api.txt then names), or are
                    // tied to a host through a configuration read.
                    return;
                }

                var collectors = CompilationRules.Select(r => (Rule: r, Collector: r.StartCollecting(model))).ToImmutableArray();
                if (!collectors.IsEmpty)
                {
                    start.RegisterCompilationEndAction(end =>
                    {
                        foreach (var (_, collector) in collectors)
                        {
                            collector.Report(end.ReportDiagnostic);
                        }
                    });
                }

                // Diagnostics wait for the end of their member's blocks: see BlockDiagnostics for why.
                var pending = new PendingDiagnostics();
                start.RegisterOperationAction(
                    operationContext =>
                    {
                        var operation = operationContext.Operation;
                        BlockDiagnostics? diagnostics = null;
                        foreach (var sink in SinkFinder.Find(operation, model))
                        {
                            Hand(sink, operation, model, diagnostics ??= pending.For(operationContext.ContainingSymbol), collectors);
                        }

                        // A response made in another member and handed to this one: the other member is where it is sent.
                        if (ResponseRelays.Find(operation, model) is { } relay)
                        {
                            Hand(relay.Sink, relay.SentBy, model, diagnostics ?? pending.For(operationContext.ContainingSymbol), collectors);
                        }
                    },
                    SinkKinds);
                start.RegisterOperationBlockAction(pending.ReportAll);

                // Registers nothing, and is needed: when the IDE analyses a few lines of a member, the driver runs an
                // analyzer's operation actions on the operations inside those lines only, unless the analyzer has an
                // operation block start action. A mistake's line analysed alone must still meet the call that sends it
                // (LineAnalysisTests). Registering the actions above in it instead cost every block of the code base.
#pragma warning disable RS1012 // Start action has no registered actions: see above.
                start.RegisterOperationBlockStartAction(static _ => { });
#pragma warning restore RS1012
            });
        }

        /// <summary>Hands one sink to the rules of its role; <paramref name="sentBy"/> is the operation that sends it.</summary>
        private static void Hand(RoleSink sink, IOperation sentBy, CustomerIoModel model, BlockDiagnostics diagnostics,
            ImmutableArray<(CompilationWideRule Rule, CompilationCollector Collector)> collectors)
        {
            foreach (var rule in OperationRules)
            {
                // A mistake a wrapper's own sink already shows is not reported again at its callers.
                if (rule.AppliesTo(sink.Role) && !WrapperProbe.ReportsInWrapper(rule, sink, sentBy, model))
                {
                    rule.Analyze(sink, model, new SinkReport(sentBy, diagnostics, sink.SentBy));
                }
            }

            foreach (var (rule, collector) in collectors)
            {
                if (rule.AppliesTo(sink.Role))
                {
                    collector.Add(sink, sentBy);
                }
            }
        }
    }
}
