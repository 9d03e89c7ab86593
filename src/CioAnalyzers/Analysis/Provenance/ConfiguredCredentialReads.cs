using System.Linq;
using CioAnalyzers.Model;
using CioAnalyzers.Model.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The setting a credential is read from, with its whole configuration key: a configuration read (see
    /// <see cref="SettingReads"/>) or a property of a bound options class (<c>options.Value.AppApiKey</c> read from
    /// <c>CustomerIO:AppApiKey</c>), directly, through a local assigned once or a <c>??</c>, and a configuration read
    /// through the members that produce it.
    /// </summary>
    internal static class ConfiguredCredentialReads
    {
        public static MissingValueSource? Find(IOperation value, CustomerIoModel model)
        {
            // A configuration read, here or in a member that produces the value (see SettingReads.Find).
            if (SettingReads.Find(value, model.Types) is { } source)
            {
                return ConfigurationKeySyntax.KeyReadBy(source.Read) is { } key && key != source.Key
                    ? new MissingValueSource(source.Read, source.Description, key, source.Fixable)
                    : source;
            }

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

                return value is IPropertyReferenceOperation property ? FromOptions(property, model) : null;
            }

            return null;
        }

        // One binding only: a class bound to two sections could hold either setting.
        private static MissingValueSource? FromOptions(IPropertyReferenceOperation read, CustomerIoModel model)
        {
            if (read.Syntax is not MemberAccessExpressionSyntax access || OptionsReceiver.TypeNameOf(access) is not { } typeName
                || read.Property.ContainingType.Name != typeName)
            {
                return null;
            }

            var keys = model.Options.KeysOf(read.Property.Name, typeName).Take(2).ToList();
            return keys.Count == 1 ? new MissingValueSource(access, $"{access} (bound to '{keys[0]}')", keys[0], fixable: false) : null;
        }
    }
}
