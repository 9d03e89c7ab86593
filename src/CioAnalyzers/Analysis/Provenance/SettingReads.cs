using System.Linq;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Reads of a setting: <c>Environment.GetEnvironmentVariable</c>, the IConfiguration indexer, <c>GetValue&lt;string&gt;</c>,
    /// <c>GetSection(...).Value</c>, <c>GetConnectionString</c>, <c>ConfigurationManager.AppSettings[...]</c>, with the
    /// setting's name when it is a constant.
    /// </summary>
    internal static class SettingReads
    {
        /// <summary>
        /// True when <paramref name="value"/> itself is a setting read; <paramref name="hasDefault"/> tells whether it
        /// names a non-empty default that it returns when the setting is missing.
        /// </summary>
        public static bool TryRead(IOperation value, KnownTypes types, out MissingValueSource source, out bool hasDefault)
        {
            hasDefault = false;
            MissingValueSource? found = null;
            if (value is IInvocationOperation call)
            {
                found = FromCall(call, types, ref hasDefault);
            }
            else if (value is IPropertyReferenceOperation property)
            {
                found = FromProperty(property, types);
            }

            source = found!;
            return found is not null;
        }

        /// <summary>
        /// The setting a value is read from, through conversions, a local assigned once, <c>??</c> and the members it
        /// reads (every value of the member reading the same setting); guards do not matter.
        /// </summary>
        public static MissingValueSource? Find(IOperation value, KnownTypes types) => Find(value, types, Flow.Start);

        private static MissingValueSource? Find(IOperation value, KnownTypes types, Flow flow)
        {
            for (var depth = 0; depth < 4; depth++)
            {
                value = Operations.SkipConversions(value);
                switch (value)
                {
                    case ILocalReferenceOperation local when LocalValues.TryGetSingleValue(local, out var initializer):
                        value = initializer;
                        continue;
                    case ICoalesceOperation coalesce:
                        value = coalesce.Value;
                        continue;
                }

                return TryRead(value, types, out var source, out _) ? source : FromMember(value, types, flow);
            }

            return null;
        }

        private static MissingValueSource? FromMember(IOperation value, KnownTypes types, Flow flow)
        {
            if (MemberValues.Of(value, flow, out var next) is not { } member)
            {
                return null;
            }

            MissingValueSource? first = null;
            foreach (var produced in member.Values)
            {
                if (Find(produced, types, next) is not { } found || (first is not null && first.Key != found.Key))
                {
                    return null;
                }

                first ??= found;
            }

            return first is null ? null : new MissingValueSource(first.Read, member.Describe(first.Description), first.Key, fixable: false);
        }

        private static MissingValueSource? FromCall(IInvocationOperation call, KnownTypes types, ref bool hasDefault)
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
                hasDefault = fallback is not null && !(fallback.ConstantValue is { HasValue: true, Value: null } || fallback.ConstantValue.Value is string s && string.IsNullOrWhiteSpace(s));

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

            // ConfigurationManager.AppSettings["key"]: null when Web.config has no such entry.
            if (symbol.IsIndexer && property.Arguments.Length == 1 && types.ConfigurationManager is not null
                && property.Instance is IPropertyReferenceOperation { Property: { Name: "AppSettings", IsStatic: true } appSettings }
                && KnownTypes.Is(appSettings.ContainingType, types.ConfigurationManager))
            {
                return Source(property, "ConfigurationManager.AppSettings", property.Arguments[0].Value);
            }

            if (symbol.Name == "Value" && IsConfigurationSection(symbol.ContainingType, types))
            {
                var key = Operations.SkipConversions(property.Instance ?? property) is IInvocationOperation { TargetMethod.Name: "GetSection" } getSection
                    ? Operations.ArgumentFor(getSection.Arguments, "key")?.ConstantValue.Value as string
                    : null;
                return new MissingValueSource(property.Syntax, key is null ? "IConfigurationSection.Value" : $"GetSection(\"{key}\").Value", key);
            }

            return null;
        }

        private static MissingValueSource Source(IOperation read, string what, IOperation? keyOperation)
        {
            var key = keyOperation?.ConstantValue is { HasValue: true, Value: string text } ? text : null;
            var description = key is null ? what : $"{what}(\"{key}\")";
            if (read is IPropertyReferenceOperation { Property.IsIndexer: true } && key is not null)
            {
                description = what == "ConfigurationManager.AppSettings" ? $"{what}[\"{key}\"]" : $"configuration[\"{key}\"]";
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
