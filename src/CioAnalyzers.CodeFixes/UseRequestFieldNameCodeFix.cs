using System.Collections.Immutable;
using System.Composition;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>CIO1014: give the key the request field's exact name (see <see cref="RenameKeyFixer"/>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseRequestFieldNameCodeFix))]
    [Shared]
    public sealed class UseRequestFieldNameCodeFix : RenameKeyFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(EnvelopeFieldSpellingRule.Id);

        protected override string Title => "Use the request field name";

        protected override string EquivalenceKey => "CIO1014.UseFieldName";

        protected override string NameProperty => EnvelopeFieldSpellingRule.FieldNameProperty;

        protected override string NameAttributeProperty => EnvelopeFieldSpellingRule.NameAttributeProperty;
    }
}
