using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Source methods that hand their caller the unchecked response of a Customer.io request (a wrapper returning
    /// <c>HttpResponseMessage</c>, <c>Task&lt;HttpResponseMessage&gt;</c> or a RestSharp response), and those that build
    /// the <c>HttpRequestMessage</c> another method sends. Summaries are made when a call in a compilation that reaches
    /// Customer.io asks, and kept per compilation; a chain stops at <see cref="MaxDepth"/> methods and at a method it
    /// is already reading.
    /// </summary>
    internal static class ReturnedResponses
    {
        /// <summary>Methods a response may pass through on its way to the caller that drops it.</summary>
        public const int MaxDepth = MemberValues.MaxDepth;

        private static readonly ConditionalWeakTable<Compilation, Summaries> ByCompilation = new();

        /// <summary>The response a call of a source method gives back unchecked, when every body it may run returns one.</summary>
        public static ResponseOrigin? OfWrapperCall(IInvocationOperation call, CustomerIoModel model)
        {
            // Most calls are to library methods, which have no declaring syntax (the method was read just before, so this
            // costs no new read); most others return void, a string, a number, an enum or a type parameter, none of which
            // is a response. The assembly test is for source of other projects.
            if (!SourceCode.Declares(call.TargetMethod)
                || call.Type is not { SpecialType: SpecialType.None, TypeKind: TypeKind.Class or TypeKind.Interface or TypeKind.Struct })
            {
                return null;
            }

            var method = Definition(call.TargetMethod);
            if (call.SemanticModel is not { } near || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, near.Compilation.Assembly)
                || !MayReturnResponse(method.ReturnType, model.Types))
            {
                return null;
            }

            return For(near).Dispatched(method, near, model, NewVisit());
        }

        /// <summary>The request an HttpClient send takes from a source method that builds it (<c>SendAsync(Build(id))</c>).</summary>
        public static ResponseOrigin? OfBuiltMessage(IInvocationOperation send, CustomerIoModel model)
            => SentMessage(send, model.Types) is { } message && !MadeInPlace(message)
               && ReturnedValues.Unwrap(message) is IInvocationOperation build && send.SemanticModel is { } near
                ? For(near).Built(build, near, model)
                : null;

        /// <summary>
        /// A local declared with <c>new HttpRequestMessage(...)</c>: no method builds it, whatever else the body does
        /// with it, so the body need not be read (most sends of a code base look like this).
        /// </summary>
        private static bool MadeInPlace(IOperation message)
            => Operations.SkipConversions(message) is ILocalReferenceOperation { Local.DeclaringSyntaxReferences: { Length: 1 } declared }
               && declared[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax };

        private static Summaries For(SemanticModel near) => ByCompilation.GetValue(near.Compilation, c => new Summaries(c));

        private static HashSet<ISymbol> NewVisit() => new(SymbolEqualityComparer.Default);

        private static IMethodSymbol Definition(IMethodSymbol method) => (method.ReducedFrom ?? method).OriginalDefinition;

        /// <summary>The message argument of an HttpClient <c>SendAsync</c> or <c>Send</c>.</summary>
        private static IOperation? SentMessage(IInvocationOperation send, KnownTypes types)
        {
            if (send.TargetMethod.Name is not ("SendAsync" or "Send") || !IsHttpClientOrBase(send.TargetMethod.ContainingType, types))
            {
                return null;
            }

            foreach (var argument in send.Arguments)
            {
                if (KnownTypes.Is(argument.Parameter?.Type, types.HttpRequestMessage))
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static bool IsHttpClientOrBase(INamedTypeSymbol? type, KnownTypes types)
        {
            for (var client = types.HttpClient; client is not null && type is not null; client = client.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(client, type) && client.SpecialType != SpecialType.System_Object)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool MayReturnResponse(ITypeSymbol type, KnownTypes types)
        {
            var response = KnownTypes.Is(type, types.GenericTask) && type is INamedTypeSymbol { TypeArguments.Length: 1 } task ? task.TypeArguments[0] : type;
            return KnownTypes.Is(response, types.HttpResponseMessage) || types.RestSharp.IsResponse(response);
        }

        private sealed class Summaries
        {
            private readonly ConcurrentDictionary<ISymbol, ResponseOrigin?> bodies = new(SymbolEqualityComparer.Default);
            private readonly ConcurrentDictionary<ISymbol, ResponseOrigin?> dispatched = new(SymbolEqualityComparer.Default);
            private readonly ConcurrentDictionary<ISymbol, ResponseOrigin?> builders = new(SymbolEqualityComparer.Default);
            private readonly SourceImplementations implementations;

            public Summaries(Compilation compilation)
            {
                implementations = SourceCode.Of(compilation).Implementations;
            }

            /// <summary>Every body a call may run returns a Customer.io response; silent when one does not, or none is in sight.</summary>
            public ResponseOrigin? Dispatched(IMethodSymbol method, SemanticModel near, CustomerIoModel model, HashSet<ISymbol> visiting)
            {
                if (!SourceImplementations.IsDispatched(method))
                {
                    return Body(method, near, model, visiting);
                }

                if (dispatched.TryGetValue(method, out var known))
                {
                    return known;
                }

                ResponseOrigin? first = null;
                var bodiesRun = implementations.Of(method);
                foreach (var implementation in bodiesRun)
                {
                    if (Body(implementation, near, model, visiting) is not { } origin)
                    {
                        first = null;
                        break;
                    }

                    first ??= origin;
                }

                return dispatched.GetOrAdd(method, first);
            }

            /// <summary>What one body returns: a Customer.io response from every return, or nothing.</summary>
            private ResponseOrigin? Body(IMethodSymbol method, SemanticModel near, CustomerIoModel model, HashSet<ISymbol> visiting)
            {
                if (bodies.TryGetValue(method, out var known))
                {
                    return known;
                }

                if (!visiting.Add(method))
                {
                    // Recursion: the method is being read further up this chain.
                    return null;
                }

                ResponseOrigin? first = null;
                foreach (var returned in ReturnedValues.Of(method, near, MemberValues.TreesOf(near.Compilation)))
                {
                    if (Origin(ReturnedValues.Unwrap(returned), near, model, visiting) is not { } origin || origin.Depth >= MaxDepth)
                    {
                        first = null;
                        break;
                    }

                    first ??= origin.ReturnedThrough(method);
                }

                visiting.Remove(method);
                return bodies.GetOrAdd(method, first);
            }

            /// <summary>
            /// The Customer.io response a returned value is: a request sent here (a call with the URL, a message made
            /// in place, in a local or by a builder), or what another source method returns.
            /// </summary>
            private ResponseOrigin? Origin(IOperation value, SemanticModel near, CustomerIoModel model, HashSet<ISymbol> visiting)
            {
                if (value is not IInvocationOperation call)
                {
                    return null;
                }

                if (SentRequest(call, model) is { } request)
                {
                    return request.ResponseUnchecked ? ResponseOrigin.Of(request, call) : null;
                }

                if (SentMessage(call, model.Types) is { } message)
                {
                    var unwrapped = PreparedMessage(ReturnedValues.Unwrap(message));
                    if (unwrapped is IObjectCreationOperation creation)
                    {
                        return SentRequest(creation, model) is { } made ? ResponseOrigin.Of(made, creation) : null;
                    }

                    return unwrapped is IInvocationOperation build ? Built(build, near, model) : null;
                }

                var method = Definition(call.TargetMethod);
                return SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, near.Compilation.Assembly) && MayReturnResponse(method.ReturnType, model.Types)
                    ? Dispatched(method, near, model, visiting)
                    : null;
            }

            /// <summary>The request message a builder method returns from every <c>return</c>, each made there for Customer.io.</summary>
            public ResponseOrigin? Built(IInvocationOperation build, SemanticModel near, CustomerIoModel model)
            {
                var method = Definition(build.TargetMethod);
                if (!KnownTypes.Is(method.ReturnType, model.Types.HttpRequestMessage) || SourceImplementations.IsDispatched(method)
                    || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, near.Compilation.Assembly))
                {
                    return null;
                }

                if (builders.TryGetValue(method, out var known))
                {
                    return known;
                }

                ResponseOrigin? first = null;
                foreach (var returned in ReturnedValues.Of(method, near, MemberValues.TreesOf(near.Compilation)))
                {
                    var value = Operations.SkipConversions(returned);
                    if (value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
                    {
                        value = Operations.SkipConversions(initializer);
                    }

                    if (value is not IObjectCreationOperation creation || SentRequest(creation, model) is not { } request)
                    {
                        first = null;
                        break;
                    }

                    first ??= ResponseOrigin.Of(request, creation, method.Name + "()");
                }

                return builders.GetOrAdd(method, first);
            }

            /// <summary>
            /// The message a local holds when the method only prepares it before sending (<c>request.Headers.Authorization =
            /// ...</c>, <c>request.Content = ...</c>): those reads change neither where it goes nor who reads the response.
            /// </summary>
            private static IOperation PreparedMessage(IOperation message)
            {
                if (message is not ILocalReferenceOperation local || !LocalValues.TryGetSingleValue(local, out var made))
                {
                    return message;
                }

                foreach (var operation in Operations.InSameBody(local))
                {
                    if (operation is ILocalReferenceOperation other && SymbolEqualityComparer.Default.Equals(other.Local, local.Local)
                        && other != local && !other.IsDeclaration
                        && other.Parent is not IPropertyReferenceOperation { Property.Name: "Headers" or "Content" or "Options" or "Version" })
                    {
                        return message;
                    }
                }

                return Operations.SkipConversions(made);
            }

            private static HttpRequest? SentRequest(IOperation operation, CustomerIoModel model)
            {
                foreach (var sink in SinkFinder.Find(operation, model))
                {
                    if (sink.Role == ApiRole.Request && sink.Request is { } request)
                    {
                        return request;
                    }
                }

                return null;
            }
        }
    }
}
