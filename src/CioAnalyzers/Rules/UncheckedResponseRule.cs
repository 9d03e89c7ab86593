using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO3002: the response of a raw or RestSharp request to Customer.io that nothing reads; reported on the dropped value.</summary>
    public sealed class UncheckedResponseRule : SinkRule
    {
        public const string Id = "CIO3002";

        /// <summary>
        /// The diagnostic property set ("true") when the request's task is passed on as a plain Task, what its function
        /// returns; a task that is dropped has none. The fix awaits only the first in a function that is not async yet:
        /// a dropped task there may belong to a void method or an Action, which must not become async.
        /// </summary>
        public const string PassedOnAsTaskProperty = "PassedOnAsTask";

        private static readonly ImmutableDictionary<string, string?> PassedOnAsTask = ImmutableDictionary<string, string?>.Empty.Add(PassedOnAsTaskProperty, "true");

        /// <summary>
        /// The diagnostic property set ("true") when the response is a library's own (RestSharp's), which has no
        /// EnsureSuccessStatusCode: the fix is not offered.
        /// </summary>
        public const string NotAnHttpResponseMessageProperty = "NotAnHttpResponseMessage";

        private static readonly ImmutableDictionary<string, string?> NotAnHttpResponseMessage = ImmutableDictionary<string, string?>.Empty.Add(NotAnHttpResponseMessageProperty, "true");

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Customer.io response not checked",
            "The response of {0} to Customer.io is {1}: a rejected payload, a wrong key or a wrong region shows only in its status code",
            RuleCatalog.Categories.Transport,
            "HttpClient does not throw on an error status. Customer.io reports a rejected payload (400), wrong credentials or the wrong region (401) only in the status code of the response; a response nobody reads turns every failure into silence.");

        /// <summary>
        /// The diagnostic property set ("true") when the task is blocked on with <c>Wait()</c>: the fix reads the response
        /// in its place (<c>.Result.EnsureSuccessStatusCode()</c>) instead of appending the check.
        /// </summary>
        public const string WaitedOnProperty = "WaitedOn";

        private static readonly ImmutableDictionary<string, string?> WaitedOn = ImmutableDictionary<string, string?>.Empty.Add(WaitedOnProperty, "true");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role is ApiRole.Request or ApiRole.ReturnedResponse;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            // A send that throws on an error status (RestSharp's PostAsync and kin) leaves nothing to check.
            if (sink.Value is null || sink.Request is { ResponseUnchecked: false } || DiscardedResponse.Find(sink.Value, model.Types) is not { } found)
            {
                return;
            }

            var properties = !found.IsHttpResponseMessage ? NotAnHttpResponseMessage
                : found.How == DiscardedResponse.TurnedIntoTask ? PassedOnAsTask
                : found.How == DiscardedResponse.WaitedOn ? WaitedOn
                : null;
            report.Report(Descriptor, found.Discarded, found.FixTarget, properties, sink.ElementName, found.How);
        }
    }
}
