using System.Linq;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// "May be null or empty": environment variables and configuration reads, directly or through a local,
    /// unless a guard (<c>?? throw</c>, an IsNullOrEmpty check, a null test, ThrowIfNull...) makes the value safe.
    /// </summary>
    internal static class MaybeMissing
    {
        public static MissingValueSource? Find(IOperation value, KnownTypes types)
        {
            value = Operations.SkipConversions(value);
            if (value is ILocalReferenceOperation local)
            {
                if (!LocalValues.TryGetSingleValue(local, out var initializer) || Guards.IsGuarded(local.Local, local, types))
                {
                    return null;
                }

                return FindDirect(Operations.SkipConversions(initializer), types);
            }

            return FindDirect(value, types);
        }

        private static MissingValueSource? FindDirect(IOperation value, KnownTypes types)
        {
            switch (value)
            {
                // x ?? fallback: missing only when the fallback may be missing too, or is an empty constant.
                case ICoalesceOperation coalesce:
                    var fallback = Operations.SkipConversions(coalesce.WhenNull);
                    if (fallback.ConstantValue is { HasValue: true, Value: string text } && string.IsNullOrWhiteSpace(text))
                    {
                        return FindDirect(Operations.SkipConversions(coalesce.Value), types);
                    }

                    return fallback is IThrowOperation ? null : FindDirect(fallback, types);

                case IConditionalOperation conditional when conditional.WhenFalse is not null:
                    return FindDirect(Operations.SkipConversions(conditional.WhenTrue), types)
                        ?? FindDirect(Operations.SkipConversions(conditional.WhenFalse), types);

                case IInvocationOperation call:
                    return FromCall(call, types);

                case IPropertyReferenceOperation property:
                    return FromProperty(property, types);

                default:
                    return null;
            }
        }

        private static MissingValueSource? FromCall(IInvocationOperation call, KnownTypes types)
        {
            var method = call.TargetMethod;
            var type = method.ContainingType;
            if (KnownTypes.Is(type, types.Environment) && method.Name == "GetEnvironmentVariable")
            {
                return Source(call, $"Environment.GetEnvironmentVariable", Operations.ArgumentFor(call.Arguments, "variable"));
            }

            if (KnownTypes.Is(type, types.ConfigurationBinder) && method.Name == "GetValue"
                && method.IsGenericMethod && method.TypeArguments[0].SpecialType == SpecialType.System_String)
            {
                var fallback = Operations.ArgumentFor(call.Arguments, "defaultValue");
                if (fallback is not null && !(fallback.ConstantValue is { HasValue: true, Value: null } || fallback.ConstantValue.Value is string s && string.IsNullOrWhiteSpace(s)))
                {
                    return null;
                }

                return Source(call, "configuration.GetValue<string>", Operations.ArgumentFor(call.Arguments, "key"));
            }

            if (KnownTypes.Is(type, types.ConfigurationExtensions) && method.Name == "GetConnectionString")
            {
                return Source(call, "configuration.GetConnectionString", Operations.ArgumentFor(call.Arguments, "name"));
            }

            return null;
        }

        private static MissingValueSource? FromProperty(IPropertyReferenceOperation property, KnownTypes types)
        {
            var symbol = property.Property;
            if (symbol.IsIndexer && IsConfiguration(symbol.ContainingType, types) && property.Arguments.Length == 1)
            {
                return Source(property, "the configuration indexer", property.Arguments[0].Value);
            }

            if (symbol.Name == "Value" && IsConfigurationSection(symbol.ContainingType, types))
            {
                var key = Operations.SkipConversions(property.Instance ?? property) is IInvocationOperation { TargetMethod.Name: "GetSection" } getSection
                    ? Operations.ArgumentFor(getSection.Arguments, "key")
                    : null;
                return Source(property, key is null ? "IConfigurationSection.Value" : $"GetSection(\"{key}\").Value", null);
            }

            return null;
        }

        private static MissingValueSource Source(IOperation read, string what, IOperation? keyOperation)
        {
            var key = keyOperation?.ConstantValue is { HasValue: true, Value: string text } ? text : null;
            var description = key is null ? what : $"{what}(\"{key}\")";
            if (read is IPropertyReferenceOperation { Property.IsIndexer: true } && key is not null)
            {
                description = $"configuration[\"{key}\"]";
            }

            return new MissingValueSource(read.Syntax, description, key);
        }

        private static bool IsConfiguration(INamedTypeSymbol? type, KnownTypes types)
            => type is not null && types.IConfiguration is not null
               && (KnownTypes.Is(type, types.IConfiguration) || type.AllInterfaces.Any(i => KnownTypes.Is(i, types.IConfiguration)));

        private static bool IsConfigurationSection(INamedTypeSymbol? type, KnownTypes types)
            => type is not null && types.IConfigurationSection is not null
               && (KnownTypes.Is(type, types.IConfigurationSection) || type.AllInterfaces.Any(i => KnownTypes.Is(i, types.IConfigurationSection)));
    }
}
