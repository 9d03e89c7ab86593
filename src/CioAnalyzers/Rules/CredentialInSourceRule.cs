using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO2002: a constant that looks like a real key reaches a credential role; reported on the constant.</summary>
    public sealed class CredentialInSourceRule : SinkRule
    {
        public const string Id = "CIO2002";

        /// <summary>The environment variable the fix reads the credential from.</summary>
        public const string VariableProperty = "Variable";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Customer.io credential written in the source",
            "The {0} passed to {1} is written in the source: it lands in every clone, build log and package; read it from the environment ({2})",
            RuleCatalog.Categories.Credentials,
            "A site id, API key or write key written in the source is shared with everyone who can read the repository, its history and the built assemblies, and cannot be rotated without a release. Read it from the environment or a secret store.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role.IsCredential();

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Value is null || !ConstantStrings.TryGet(sink.Value, out var text, out var origin)
                || !CredentialText.LooksLikeARealKey(text) || model.IsTestProject
                || CredentialSettings.EnvironmentVariableFor(sink.Role) is not { } variable)
            {
                return;
            }

            // A literal can become a read; a const's value cannot, and the const would keep the key in the source.
            var fixable = origin is ILiteralOperation && Operations.SameBody(origin, sink.Value)
                && origin.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsConst: true } };
            var properties = ImmutableDictionary<string, string?>.Empty.Add(VariableProperty, variable);
            report.Report(Descriptor, origin.Syntax, fixable ? origin.Syntax : null, properties, sink.Role.Describe(), sink.ElementName, variable);
        }
    }
}
