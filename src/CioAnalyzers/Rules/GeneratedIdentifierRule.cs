using System.Linq;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO1013: a customer id made at send time (a new Guid, the clock's ticks, a random number) and kept nowhere else;
    /// reported on the generator.
    /// </summary>
    public sealed class GeneratedIdentifierRule : SinkRule
    {
        public const string Id = "CIO1013";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Customer identifier generated at send time",
            "{0} makes a new value each time, and {1} receives it as the customer identifier: every call adds another person to Customer.io",
            RuleCatalog.Categories.Data,
            "Customer.io adds or updates the person whose id a call names. An id generated for the call and kept nowhere else names a new person every time: the workspace fills with one-event profiles, and no campaign or segment ever sees the same person twice. Send the id your own system keeps for the person (or an anonymous event with anonymous_id for a visitor).");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.CustomerId;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            // Test fixtures make up ids on purpose; a user's own entity (a class implementing a library interface) keeps its id.
            if (sink.Value is null || model.IsTestProject || SetsAnEntityOfTheProject(report.Sink)
                || GeneratedValues.Find(sink.Value) is not { } generated)
            {
                return;
            }

            report.Report(Descriptor, generated.Generator.Syntax, null, null, generated.Name, sink.ElementName);
        }

        private static bool SetsAnEntityOfTheProject(IOperation sink)
            => sink is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target }
               && (target.Instance?.Type ?? target.Property.ContainingType) is { } owner
               && owner.Locations.Any(l => l.IsInSource);
    }
}
