using System.Collections.Immutable;
using System.Composition;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>CIO1008: give the key its reserved attribute name (see <see cref="RenameKeyFixer"/>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseReservedAttributeNameCodeFix))]
    [Shared]
    public sealed class UseReservedAttributeNameCodeFix : RenameKeyFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ReservedAttributeCaseRule.Id);

        protected override string Title => "Use the reserved attribute name";

        protected override string EquivalenceKey => "CIO1008.UseReservedName";

        protected override string NameProperty => ReservedAttributeCaseRule.ReservedNameProperty;

        protected override string NameAttributeProperty => ReservedAttributeCaseRule.NameAttributeProperty;
    }
}
