using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// What System.Text.Json and Newtonsoft.Json do to a payload unless told otherwise, and the ways they are told:
    /// both write a <c>DateTime</c> as an ISO-8601 string by default.
    /// </summary>
    internal static class JsonSerializers
    {
        /// <summary>
        /// Parameters of the serialiser entry points (JsonSerializer.Serialize, JsonContent.Create, PostAsJsonAsync,
        /// JsonConvert.SerializeObject) that replace the defaults: options, settings, converters, source-generated metadata.
        /// </summary>
        public static readonly ImmutableHashSet<string> SettingsParameters = ImmutableHashSet.Create(
            StringComparer.Ordinal, "options", "settings", "converters", "jsonTypeInfo", "context");

        /// <summary>
        /// <c>JsonSerializerDefaults.Web</c> and <c>JsonSerializerOptions.Web</c>: System.Text.Json's web defaults, which
        /// camel-case property names (and leave dictionary keys as written).
        /// </summary>
        public const string WebDefaults = "Web";

        /// <summary><c>JsonNamingPolicy.CamelCase</c>.</summary>
        public const string CamelCasePolicy = "CamelCase";

        /// <summary>The option of each library that names properties: System.Text.Json's policy, Newtonsoft's contract resolver.</summary>
        public static readonly ImmutableHashSet<string> NamingSettings = ImmutableHashSet.Create(StringComparer.Ordinal, "PropertyNamingPolicy", "ContractResolver");

        /// <summary>Options and settings that leave every key's name and every member as the defaults write them.</summary>
        public static readonly ImmutableHashSet<string> NamingNeutralSettings = ImmutableHashSet.Create(
            StringComparer.Ordinal, "WriteIndented", "DefaultIgnoreCondition", "Formatting", "NullValueHandling");

        /// <summary>The attribute that gives a member its own converter, in both libraries (and most others).</summary>
        public const string ConverterAttributeName = "JsonConverterAttribute";

        /// <summary>
        /// Attributes on a type that let a serialiser write it otherwise than property by property under its own naming: a
        /// converter of its own, Newtonsoft's <c>[JsonObject]</c> (a naming strategy, opt-in members) and
        /// <c>[DataContract]</c> (Newtonsoft writes only <c>[DataMember]</c>s, under their <c>Name</c>).
        /// </summary>
        public static readonly ImmutableHashSet<string> TypeNamingAttributes = ImmutableHashSet.Create(
            StringComparer.Ordinal, ConverterAttributeName, "JsonObjectAttribute", "DataContractAttribute");

        /// <summary>Newtonsoft's <c>[JsonProperty(PropertyName = "...")]</c>: the name given as a named argument.</summary>
        public const string PropertyNameArgument = "PropertyName";

        /// <summary>Newtonsoft's <c>NamingStrategyType = typeof(...)</c> on <c>[JsonProperty]</c>: a naming strategy of the property's own.</summary>
        public const string NamingStrategyArgument = "NamingStrategyType";

        /// <summary>The attribute that keeps a member out of the payload, in both libraries.</summary>
        public const string IgnoreAttributeName = "JsonIgnoreAttribute";

        /// <summary>The attribute that spreads a dictionary property's entries into the payload: its own name is not a key.</summary>
        public const string ExtensionDataAttributeName = "JsonExtensionDataAttribute";

        /// <summary>Newtonsoft's global settings, which <c>JsonConvert.SerializeObject</c> without settings uses.</summary>
        public const string NewtonsoftDefaultSettings = "DefaultSettings";

        public const string NewtonsoftJsonConvert = "JsonConvert";

        private static readonly ConditionalWeakTable<SourceSet, object> DefaultSettingsMentioned = new();

        /// <summary>
        /// True when some source file names Newtonsoft's <c>DefaultSettings</c>: the defaults may have been replaced, with
        /// a date converter among them. The text of each file is read only when asked, once for the compilations made of
        /// the same files (<see cref="SourceSet"/>).
        /// </summary>
        public static bool NewtonsoftDefaultsMayBeReplaced(Compilation compilation)
            => DefaultSettingsMentioned.GetValue(SourceSet.Of(compilation), _ => MentionsDefaultSettings(compilation)) is true;

        private static object MentionsDefaultSettings(Compilation compilation)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.GetText().ToString().IndexOf(NewtonsoftDefaultSettings, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
