using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CioAnalyzers.Model;
using CioAnalyzers.Model.Settings;
using CioAnalyzers.Model.Ties;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// A client-factory registration, <c>services.AddHttpClient(...)</c>, read with the calls chained on it: the
    /// Customer.io API its BaseAddress names, and whether anything in the chain adds a retry.
    /// </summary>
    internal readonly record struct ClientRegistration(IInvocationOperation Registration, IInvocationOperation ChainEnd, HttpApiKind Api, bool Retries)
    {
        /// <summary>
        /// The registration <paramref name="invocation"/> makes, when it is an AddHttpClient call whose chain is a whole
        /// statement; null otherwise (a builder kept in a local, returned or passed on may be given a retry elsewhere).
        /// </summary>
        public static ClientRegistration? Read(IInvocationOperation invocation, ConfiguredHosts configured)
        {
            var method = invocation.TargetMethod;
            if (method.Name != ResilienceHandlers.AddHttpClient || method.ContainingType?.Name != ResilienceHandlers.ClientFactoryExtensions)
            {
                return null;
            }

            var api = ApiOfLambdas(invocation, configured);
            var retries = false;
            var end = invocation;
            while (api is not null && Next(end) is { } next)
            {
                retries |= ResilienceHandlers.RetryingCalls.Contains(next.TargetMethod.Name);
                api = ApiOfLambdas(next, configured) is { } chained ? Max(api.Value, chained) : null;
                end = next;
            }

            return api is { } known && end.Parent is IExpressionStatementOperation ? new ClientRegistration(invocation, end, known, retries) : null;
        }

        /// <summary>
        /// The AddHttpClient calls of a file whose text names them, read from syntax (the file's text is searched once
        /// per tree): what the semantic model is then asked about.
        /// </summary>
        public static IEnumerable<InvocationExpressionSyntax> CallsIn(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (NamesRegistration.GetValue(tree, t => t.GetText(cancellationToken).ToString().IndexOf(ResilienceHandlers.AddHttpClient, System.StringComparison.Ordinal) >= 0) is not true)
            {
                yield break;
            }

            foreach (var call in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var name = call.Expression switch
                {
                    MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => null,
                };
                if (name == ResilienceHandlers.AddHttpClient)
                {
                    yield return call;
                }
            }
        }

        private static readonly ConditionalWeakTable<SyntaxTree, object> NamesRegistration = new();

        /// <summary>The call chained on <paramref name="call"/>: an extension taking it as <c>this</c>, or a method called on it.</summary>
        private static IInvocationOperation? Next(IInvocationOperation call) => call.Parent switch
        {
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } next } argument
                when next.Arguments.Length > 0 && next.Arguments[0] == argument => next,
            IInvocationOperation next when next.Instance == call => next,
            _ => null,
        };

        /// <summary>
        /// The API a configuring lambda among the call's arguments gives the client as its BaseAddress (a literal, a
        /// constant, text folded from them, or a setting the configuration files give a Customer.io URL, read there or
        /// kept in a variable first); None when it sets none, null when it sets any other: the client is not Customer.io's,
        /// whatever another lambda of the chain says.
        /// </summary>
        private static HttpApiKind? ApiOfLambdas(IInvocationOperation call, ConfiguredHosts configured)
        {
            var found = HttpApiKind.None;
            foreach (var argument in call.Arguments)
            {
                if (Operations.SkipConversions(argument.Value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
                {
                    continue;
                }

                foreach (var assignment in lambda.Body.Descendants().OfType<ISimpleAssignmentOperation>())
                {
                    if (assignment.Target is IPropertyReferenceOperation { Property.Name: BaseAddress })
                    {
                        var api = ApiOfUrl(assignment.Value);
                        if (api == HttpApiKind.None && !configured.IsEmpty)
                        {
                            api = ClientSourceText.AssignedApi(assignment.Value.Syntax, configured);
                        }

                        if (api == HttpApiKind.None)
                        {
                            return null;
                        }

                        found = Max(found, api);
                    }
                }
            }

            return found;
        }

        /// <summary>The Customer.io API of an absolute URL, written as text or as <c>new Uri(text)</c>.</summary>
        private static HttpApiKind ApiOfUrl(IOperation value)
        {
            value = Operations.SkipConversions(value);
            if (value is IObjectCreationOperation { Arguments.Length: > 0 } creation && creation.Type?.Name == nameof(System.Uri))
            {
                value = creation.Arguments[0].Value;
            }

            var text = StringFolding.Fold(value).Text;
            return HostScanner.StartsWithHttpScheme(text, out var hostStart)
                ? HostScanner.HostAt(text, hostStart, HostScanner.HostEnd(text, hostStart) - hostStart)
                : HttpApiKind.None;
        }

        private const string BaseAddress = "BaseAddress";

        private static HttpApiKind Max(HttpApiKind a, HttpApiKind b) => a > b ? a : b;
    }
}
