using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO1011: a transactional request with several or no identifiers, an email without recipients, or a schedule
    /// beyond Customer.io's limit; reported on the member or object at fault.
    /// </summary>
    public sealed class TransactionalShapeRule : SinkRule
    {
        public const string Id = "CIO1011";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Transactional request shape",
            "{0}: {1}",
            RuleCatalog.Categories.Data,
            "A transactional send names the person by exactly one of id, email or cio_id, an email needs 'to', and send_at is at most 90 days ahead. Customer.io rejects other requests and the message is not sent.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role.IsTransactionalRequest();

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Value is null)
            {
                return;
            }

            foreach (var problem in TransactionalShape.Problems(sink.Value, sink.Role == ApiRole.TransactionalEmailRequest, model))
            {
                report.Report(Descriptor, problem.Node, problem.Removable, null, sink.ElementName, problem.Description);
            }
        }
    }
}
