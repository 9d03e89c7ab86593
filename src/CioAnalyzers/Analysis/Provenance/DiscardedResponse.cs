using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// A request's HttpResponseMessage (or RestSharp response) that nothing reads: the call (or its awaited result) is a statement of its own,
    /// assigned to a discard, held in a local that is never read, turned into a plain Task that carries no response, or
    /// blocked on with <c>Wait()</c>; <c>.Result</c> and <c>.GetAwaiter().GetResult()</c> give the response like an await.
    /// Any other use (a status check, a return, an argument, a field) counts as reading it.
    /// </summary>
    internal sealed class DiscardedResponse
    {
        private DiscardedResponse(SyntaxNode discarded, SyntaxNode? fixTarget, string how, bool isHttpResponseMessage)
        {
            Discarded = discarded;
            FixTarget = isHttpResponseMessage ? fixTarget : null;
            How = how;
            IsHttpResponseMessage = isHttpResponseMessage;
        }

        /// <summary>
        /// True for an HttpResponseMessage, which <c>EnsureSuccessStatusCode</c> checks; false for a library's response
        /// (RestSharp's), which has no such method: no fix then.
        /// </summary>
        public bool IsHttpResponseMessage { get; }

        /// <summary>The expression whose value is dropped: the await, or the call.</summary>
        public SyntaxNode Discarded { get; }

        /// <summary>
        /// The awaited (or synchronous) response, where <c>.EnsureSuccessStatusCode()</c> can be appended, or the
        /// <c>Wait()</c> call that reading the response replaces; null for an unawaited task.
        /// </summary>
        public SyntaxNode? FixTarget { get; }

        /// <summary>The words of <see cref="How"/> for a task passed on as a plain Task (what the function returns).</summary>
        public const string TurnedIntoTask = "turned into a Task that carries no response";

        /// <summary>The words of <see cref="How"/> for a task blocked on with <c>Wait()</c>, which gives no response.</summary>
        public const string WaitedOn = "dropped by Wait(), which returns no response";

        /// <summary>Words for the message: "discarded", "never read".</summary>
        public string How { get; }

        /// <summary>The response of <paramref name="request"/>: an HttpClient call, or a message creation and the calls that send it.</summary>
        public static DiscardedResponse? Find(IOperation request, KnownTypes types)
        {
            if (request is IInvocationOperation call)
            {
                return OfCall(call, types);
            }

            return request is IObjectCreationOperation message ? OfMessage(message, types) : null;
        }

        /// <summary>A message sent inline (<c>SendAsync(new HttpRequestMessage(...))</c>) or through a local assigned once.</summary>
        private static DiscardedResponse? OfMessage(IObjectCreationOperation message, KnownTypes types)
        {
            var parent = message.Parent;
            if (parent is IArgumentOperation { Parent: IInvocationOperation inlineSend })
            {
                return OfCall(inlineSend, types);
            }

            if (parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                return null;
            }

            foreach (var operation in Operations.InSameBody(message))
            {
                if (operation is ILocalReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol)
                    && reference.Parent is IArgumentOperation { Parent: IInvocationOperation send }
                    && OfCall(send, types) is { } discarded)
                {
                    return discarded;
                }
            }

            return null;
        }

        private static DiscardedResponse? OfCall(IInvocationOperation call, KnownTypes types)
        {
            var awaitedType = KnownTypes.Is(call.Type, types.GenericTask) && call.Type is INamedTypeSymbol { TypeArguments.Length: 1 } task ? task.TypeArguments[0] : null;
            var isMessage = KnownTypes.Is(awaitedType ?? call.Type, types.HttpResponseMessage);
            var isResponse = awaitedType is null && (isMessage || types.RestSharp.IsResponse(call.Type));
            var isTask = awaitedType is not null && (isMessage || types.RestSharp.IsResponse(awaitedType));
            if (!isResponse && !isTask)
            {
                // GetStringAsync, GetFromJsonAsync...: these throw on a failure status themselves.
                return null;
            }

            IOperation value = call;
            if (isTask && value.Parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure && configure.Instance == value)
            {
                value = configure;
            }

            var response = isResponse;
            if (isTask && value.Parent is IAwaitOperation awaited)
            {
                value = awaited;
                response = true;
            }
            else if (isTask && BlockingWaits.ResultOf(value, types) is { } result)
            {
                value = result;
                response = true;
            }
            else if (isTask && BlockingWaits.WaitOn(value, types) is { } wait)
            {
                // Reading the response in Wait()'s place keeps the code's meaning only where Wait() is a statement of its own.
                var readable = wait.Arguments.IsEmpty && wait.Parent is IExpressionStatementOperation ? wait.Syntax : null;
                return new DiscardedResponse(wait.Syntax, readable, WaitedOn, isMessage);
            }

            var fixTarget = response ? value.Syntax : null;
            switch (value.Parent)
            {
                case IExpressionStatementOperation:
                    return new DiscardedResponse(value.Syntax, fixTarget, "discarded", isMessage);

                case ISimpleAssignmentOperation { Target: IDiscardOperation } assignment when assignment.Value == value:
                    return new DiscardedResponse(value.Syntax, fixTarget, "discarded", isMessage);

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }
                    when LocalValues.CountReads(declarator.Symbol, value) == 0:
                    return new DiscardedResponse(value.Syntax, fixTarget, $"held in '{declarator.Symbol.Name}', which is never read", isMessage);

                case IConversionOperation conversion when !response && KnownTypes.Is(conversion.Type, types.Task):
                    return new DiscardedResponse(value.Syntax, null, TurnedIntoTask, isMessage);

                default:
                    return null;
            }
        }
    }
}
