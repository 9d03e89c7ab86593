using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// A call that hands this member the response of a Customer.io request made in another member: a source wrapper
    /// that returns it, or an HttpClient send of a message a source method builds. The sink is the call here; the
    /// request's operation in the other member is where it is sent.
    /// </summary>
    internal static class ResponseRelays
    {
        public static (RoleSink Sink, IOperation SentBy)? Find(IOperation operation, CustomerIoModel model)
        {
            if (operation.Kind != OperationKind.Invocation || operation is not IInvocationOperation call)
            {
                return null;
            }

            var origin = ReturnedResponses.OfBuiltMessage(call, model) ?? ReturnedResponses.OfWrapperCall(call, model);
            return origin is null ? null : (RoleSink.ForReturnedResponse(call, origin.Request, origin.Describe()), origin.SentBy);
        }
    }
}
