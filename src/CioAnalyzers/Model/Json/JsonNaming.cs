namespace CioAnalyzers.Model
{
    /// <summary>
    /// How a serialiser names the members it writes: which names it camel-cases and which name attributes it reads. A
    /// name written under <see cref="Unknown"/> naming (custom options or settings, a naming policy) is not known.
    /// </summary>
    internal enum JsonNaming
    {
        Unknown = 0,

        /// <summary>System.Text.Json's defaults: names as written, <c>[JsonPropertyName]</c> read.</summary>
        SystemTextJson,

        /// <summary>System.Text.Json's web defaults (PostAsJsonAsync, JsonContent.Create): property names camel-cased, dictionary keys and <c>[JsonPropertyName]</c> as written.</summary>
        SystemTextJsonWeb,

        /// <summary>Newtonsoft.Json's defaults: names as written, <c>[JsonProperty]</c> read.</summary>
        Newtonsoft,

        /// <summary>Newtonsoft's CamelCasePropertyNamesContractResolver: property names, dictionary keys and <c>[JsonProperty]</c> names camel-cased.</summary>
        NewtonsoftCamelCase,

        /// <summary>Keys sent as written, never a property name: form-encoded content.</summary>
        Verbatim,

        /// <summary>Property names and keys as declared, no name attribute read: RestSharp 105/106's SimpleJson.</summary>
        DeclaredNames,
    }

    internal static class JsonNamings
    {
        /// <summary>True for the serialisers that read <c>[JsonPropertyName]</c>; false for those that read Newtonsoft's <c>[JsonProperty]</c>.</summary>
        public static bool ReadsSystemTextJsonAttributes(this JsonNaming naming) => naming is JsonNaming.SystemTextJson or JsonNaming.SystemTextJsonWeb;

        /// <summary>The wire name of a C# property (an anonymous object's or a type's) without a name attribute.</summary>
        public static string? PropertyName(this JsonNaming naming, string name) => naming switch
        {
            JsonNaming.SystemTextJson or JsonNaming.Newtonsoft or JsonNaming.DeclaredNames => name,
            JsonNaming.SystemTextJsonWeb or JsonNaming.NewtonsoftCamelCase => CamelCase(name),
            _ => null,
        };

        /// <summary>The wire name of a dictionary key.</summary>
        public static string? DictionaryKey(this JsonNaming naming, string key) => naming switch
        {
            JsonNaming.SystemTextJson or JsonNaming.SystemTextJsonWeb or JsonNaming.Newtonsoft or JsonNaming.Verbatim or JsonNaming.DeclaredNames => key,
            JsonNaming.NewtonsoftCamelCase => CamelCase(key),
            _ => null,
        };

        /// <summary>The wire name of a name given by the attribute this serialiser reads.</summary>
        public static string? AttributeName(this JsonNaming naming, string name) => naming switch
        {
            JsonNaming.SystemTextJson or JsonNaming.SystemTextJsonWeb or JsonNaming.Newtonsoft => name,
            JsonNaming.NewtonsoftCamelCase => CamelCase(name),
            _ => null,
        };

        /// <summary>
        /// The camel-casing both libraries apply: the leading run of upper-case letters is lowered, except the last one
        /// when a lower-case letter follows it ("CreatedAt" to "createdAt", "ID" to "id", "URLPath" to "urlPath").
        /// </summary>
        public static string CamelCase(string name)
        {
            if (name.Length == 0 || !char.IsUpper(name[0]))
            {
                return name;
            }

            var chars = name.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (i == 1 && !char.IsUpper(chars[i]))
                {
                    break;
                }

                if (i > 0 && i + 1 < chars.Length && !char.IsUpper(chars[i + 1]))
                {
                    break;
                }

                chars[i] = char.ToLowerInvariant(chars[i]);
            }

            return new string(chars);
        }
    }
}
