using Microsoft.CodeAnalysis;

namespace CioAnalyzers.RuleTables
{
    /// <summary>One line of a rules table: a shipped descriptor, and whether a shipped code fix handles it.</summary>
    public sealed record RuleRow(string Id, string Title, string Category, DiagnosticSeverity DefaultSeverity, bool HasFix);
}
