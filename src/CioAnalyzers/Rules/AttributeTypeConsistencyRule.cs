using System.Collections.Generic;
using System.Linq;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO1010: one attribute sent as a string in one place and as a number or boolean in another, across the
    /// compilation. Reported on the uses of the less frequent JSON type.
    /// </summary>
    public sealed class AttributeTypeConsistencyRule : CompilationWideRule
    {
        public const string Id = "CIO1010";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Attribute sent with different types",
            "The attribute \"{0}\" is sent as a {1} here and as a {2} elsewhere: segment conditions compare with the type they were written for, so one of the two never matches",
            RuleCatalog.Categories.Data,
            "Customer.io stores an attribute with the JSON type it was sent with, and a segment condition compares values of the type it was written for. The same attribute sent as \"42\" in one place and 42 in another matches the condition for one of them only.",
            DiagnosticSeverity.Warning,
            WellKnownDiagnosticTags.CompilationEnd);

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.AttributeName;

        internal override CompilationCollector StartCollecting(CustomerIoModel model) => new Collector();

        /// <summary>The JSON type a value of this C# type is written as; null when it is not a string, number or boolean, or may vary.</summary>
        internal static string? JsonTypeOf(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            switch (type?.SpecialType)
            {
                case SpecialType.System_String:
                    return "string";
                case SpecialType.System_Boolean:
                    return "boolean";
                case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                    or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
                    or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal:
                    return "number";
                default:
                    return null;
            }
        }

        private sealed class Collector : CompilationCollector
        {
            private readonly List<(string Key, string JsonType, SyntaxNode Value, SyntaxNode Sink)> uses = new();

            protected override void Collect(RoleSink sink, IOperation sinkOperation)
            {
                // A key sink's value is what is written under the key.
                if (sink.WireKey is not { } key || KnownHttpApi.EventEnvelopeKeys.Contains(key) || sink.Value is null)
                {
                    return;
                }

                var value = Operations.SkipConversions(sink.Value);
                if (value.ConstantValue is { HasValue: true, Value: null } || JsonTypeOf(value.Type) is not { } jsonType)
                {
                    return;
                }

                uses.Add((key, jsonType, value.Syntax, sinkOperation.Syntax));
            }

            public override void Report(System.Action<Diagnostic> report)
            {
                foreach (var attribute in uses.GroupBy(u => u.Key, System.StringComparer.Ordinal))
                {
                    var byType = attribute
                        .GroupBy(u => u.JsonType, System.StringComparer.Ordinal)
                        .Select(g => (JsonType: g.Key, Uses: g.OrderBy(u => u.Value, Comparer<SyntaxNode>.Create(ReadingOrder)).ToList()))
                        .OrderByDescending(g => g.Uses.Count)
                        .ThenBy(g => g.JsonType, System.StringComparer.Ordinal)
                        .ToList();

                    // Only a string against a number or a boolean: a number sent as 1 and as 1.5 is one JSON type.
                    if (byType.Count < 2 || !byType.Any(g => g.JsonType == "string"))
                    {
                        continue;
                    }

                    var tie = byType[0].Uses.Count == byType[1].Uses.Count;
                    foreach (var group in byType.Skip(tie ? 0 : 1))
                    {
                        var other = group.JsonType == byType[0].JsonType ? byType[1] : byType[0];
                        foreach (var use in group.Uses)
                        {
                            report(Create(Rule, use.Sink, use.Value, null, new[] { other.Uses[0].Value.GetLocation() }, null, attribute.Key, group.JsonType, other.JsonType));
                        }
                    }
                }
            }
        }
    }
}
