using System.Collections.Generic;

namespace CioAnalyzers.Model.Configuration
{
    /// <summary>
    /// The simple names in a wrapper file's ids (<c>M:Acme.Crm.Gateway.TrackAsync(System.String)</c> names the type
    /// <c>Gateway</c> and the method <c>TrackAsync</c>): enough to tell which symbols the file may be about before
    /// any id is resolved.
    /// </summary>
    internal sealed class ConfiguredNames
    {
        private static readonly ConfiguredNames None = new(new NameSet(), new NameSet(), new NameSet());

        private ConfiguredNames(NameSet types, NameSet methods, NameSet properties)
        {
            Types = types;
            Methods = methods;
            Properties = properties;
        }

        /// <summary>The types that own an entry's member; a constructor entry names its type.</summary>
        public NameSet Types { get; }

        /// <summary>Tested on every call of a project with a wrapper file, as the libraries' names are.</summary>
        public NameSet Methods { get; }

        public NameSet Properties { get; }

        public bool IsEmpty => Types.IsEmpty;

        public static ConfiguredNames Of(IEnumerable<ApiFileEntry> entries)
        {
            var types = new NameSet();
            var methods = new NameSet();
            var properties = new NameSet();
            foreach (var entry in entries)
            {
                var id = entry.DocumentationId;
                if (!DeclarationId.TrySplit(id, out var ownerName, out var memberName))
                {
                    continue;
                }

                var owner = Simple(ownerName);
                var member = Simple(memberName);
                types.Add(owner);
                if (id[0] == 'P')
                {
                    properties.Add(member);
                }
                else
                {
                    // An explicit implementation's id writes the interface's dots as '#'; #ctor is a constructor.
                    methods.Add(member == "#ctor" ? ".ctor" : member.Replace('#', '.'));
                }
            }

            return types.IsEmpty ? None : new ConfiguredNames(types, methods, properties);
        }

        /// <summary>The last dotted part without its arity: <c>Ns.Gateway`1</c> is <c>Gateway</c>, <c>Send``1</c> is <c>Send</c>.</summary>
        private static string Simple(string dotted)
        {
            var name = dotted.Substring(dotted.LastIndexOf('.') + 1);
            var arity = name.IndexOf('`');
            return arity < 0 ? name : name.Substring(0, arity);
        }
    }
}
