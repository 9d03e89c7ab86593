using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO1005: constant text that cannot be an email address reaches an email role; reported on the text.</summary>
    public sealed class EmailAddressRule : SinkRule
    {
        public const string Id = "CIO1005";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Not an email address",
            "{0} receives \"{1}\", which cannot be an email address ({2})",
            RuleCatalog.Categories.Data,
            "Customer.io sends email to the address in a person's email attribute or a transactional 'to', and reads an identifier holding '@' as an email. Text that cannot be an address is stored or rejected, and no message reaches the person.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.Email;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (!ConstantStrings.TryGetSent(sink, out var text, out var written))
            {
                return;
            }

            if (EmailAddresses.Problem(text) is { } problem)
            {
                report.Report(Descriptor, written, null, null, sink.ElementName, text, problem);
            }
        }
    }
}
