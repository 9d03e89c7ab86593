using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Synchronous code that blocks on a request's task: <c>.Wait()</c> drops the response outright, while <c>.Result</c>
    /// and <c>.GetAwaiter().GetResult()</c> give it, to be read or dropped like an awaited one.
    /// </summary>
    internal static class BlockingWaits
    {
        /// <summary>The <c>task.Wait(...)</c> call on <paramref name="task"/>, whatever its arguments: nothing keeps the task to read its response.</summary>
        public static IInvocationOperation? WaitOn(IOperation task, KnownTypes types)
            => task.Parent is IInvocationOperation { TargetMethod.Name: "Wait" } wait && wait.Instance == task && KnownTypes.Is(wait.TargetMethod.ContainingType, types.Task)
                ? wait
                : null;

        /// <summary>
        /// The response <paramref name="task"/> gives synchronously: its <c>.Result</c>, or <c>.GetAwaiter().GetResult()</c>
        /// on it (or on its <c>ConfigureAwait</c>, which <paramref name="task"/> then is).
        /// </summary>
        public static IOperation? ResultOf(IOperation task, KnownTypes types)
        {
            if (task.Parent is IPropertyReferenceOperation { Property.Name: "Result" } result && result.Instance == task
                && KnownTypes.Is(result.Property.ContainingType, types.GenericTask))
            {
                return result;
            }

            return task.Parent is IInvocationOperation { TargetMethod.Name: "GetAwaiter", Arguments.IsEmpty: true } awaiter && awaiter.Instance == task
                && awaiter.Parent is IInvocationOperation { TargetMethod.Name: "GetResult", Arguments.IsEmpty: true } getResult && getResult.Instance == awaiter
                ? getResult
                : null;
        }
    }
}
