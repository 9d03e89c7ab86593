using System.Collections.Generic;
using System.Collections.Immutable;

namespace CioAnalyzers.Model.Configuration
{
    /// <summary>
    /// The simple names in a wrapper file's ids (<c>M:Acme.Crm.Gateway.TrackAsync(System.String)</c> names the type
    /// <c>Gateway</c> and the method <c>TrackAsync</c>): enough to tell which symbols the file may be about before
    /// any id is resolved.
    /// </summary>
    internal sealed class ConfiguredNames
    {
        private static readonly ConfiguredNames None = new(ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty);

        private ConfiguredNames(ImmutableHashSet<string> types, ImmutableHashSet<string> methods, ImmutableHashSet<string> properties)
        {
            Types = types;
            Methods = methods;
            Properties = properties;
        }

        /// <summary>The types that own an entry's member; a constructor entry names its type.</summary>
        public ImmutableHashSet<string> Types { get; }

        public ImmutableHashSet<string> Methods { get; }

        public ImmutableHashSet<string> Properties { get; }

        public bool IsEmpty => Types.IsEmpty;

        public static ConfiguredNames Of(IEnumerable<ApiFileEntry> entries)
        {
            var types = ImmutableHashSet.CreateBuilder<string>();
            var methods = ImmutableHashSet.CreateBuilder<string>();
            var properties = ImmutableHashSet.CreateBuilder<string>();
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

            return types.Count == 0 ? None : new ConfiguredNames(types.ToImmutable(), methods.ToImmutable(), properties.ToImmutable());
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
