using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO3001: a string written into the customer or device id segment of a Customer.io URL without Uri.EscapeDataString.</summary>
    public sealed class UnescapedPathSegmentRule : SinkRule
    {
        public const string Id = "CIO3001";

        /// <summary>Present when the fix replaces a wrong encoder's call instead of wrapping the value.</summary>
        public const string ReplaceEncoderProperty = "ReplaceEncoder";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Customer id not escaped in the URL path",
            "'{0}' goes into {1} {2}: an id holding '/', '?', '#', '%' or a space then addresses another path or another person; use Uri.EscapeDataString",
            RuleCatalog.Categories.Transport,
            "Customer.io reads the person (and the device) from the URL path. Every official SDK percent-encodes the id there; an id written as it is, or form-encoded with UrlEncode (a space becomes '+', a '/' stays a separator), reaches another path or another customer.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.PathSegment;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Value is null || UnescapedPathValue.Find(sink.Value) is not { } found)
            {
                return;
            }

            var how = found.WrongEncoder is null ? "unescaped" : $"through {found.WrongEncoder}, which does not escape for a path segment";

            // A library told not to escape is fixed by letting it, not by escaping the value; a value made in another
            // member (a helper building the path) may have other uses there.
            var fixTarget = sink.EscapeTurnedOff is null && Operations.SameBody(sink.Value, report.Sink) ? found.FixTarget : null;
            if (sink.EscapeTurnedOff is { } turnedOff)
            {
                how += $" ({turnedOff})";
            }

            var properties = found.WrongEncoder is null || fixTarget is null
                ? null
                : ImmutableDictionary<string, string?>.Empty.Add(ReplaceEncoderProperty, found.WrongEncoder);
            report.Report(Descriptor, found.Mistake, fixTarget, properties, found.ValueText, sink.ElementName, how);
        }
    }
}
