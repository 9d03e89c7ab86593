using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The names of an assembly file's string constants whose value names the Customer.io domain, with the data centres
    /// of the hosts each names, read from its constant table (no symbol is loaded) once per reference: the IDE's
    /// compilations of one project share their references.
    /// </summary>
    internal static class AssemblyHostConstants
    {
        private static readonly ConditionalWeakTable<PortableExecutableReference, (string Name, DataCenterSet DataCenters)[]> NamesByFile = new();

        public static (string Name, DataCenterSet DataCenters)[] NamesIn(PortableExecutableReference reference) => NamesByFile.GetValue(reference, ReadFile);

        private static (string Name, DataCenterSet DataCenters)[] ReadFile(PortableExecutableReference reference)
        {
            Metadata metadata;
            try
            {
                metadata = reference.GetMetadata();
            }
            catch (Exception e) when (e is BadImageFormatException or System.IO.IOException or InvalidOperationException)
            {
                // The compiler reports an unreadable reference itself; its constants cannot be used then.
                return Array.Empty<(string, DataCenterSet)>();
            }

            var modules = metadata switch
            {
                AssemblyMetadata assembly => assembly.GetModules(),
                ModuleMetadata module => ImmutableArray.Create(module),
                _ => ImmutableArray<ModuleMetadata>.Empty,
            };
            return modules.SelectMany(ReadModule).ToArray();
        }

        private static (string Name, DataCenterSet DataCenters)[] ReadModule(ModuleMetadata module)
        {
            try
            {
                var reader = module.GetMetadataReader();
                var found = new List<(string, DataCenterSet)>();
                var rows = reader.GetTableRowCount(TableIndex.Constant);
                for (var row = 1; row <= rows; row++)
                {
                    var constant = reader.GetConstant(MetadataTokens.ConstantHandle(row));
                    if (constant.TypeCode != ConstantTypeCode.String || constant.Parent.Kind != HandleKind.FieldDefinition)
                    {
                        continue;
                    }

                    var blob = reader.GetBlobReader(constant.Value);
                    if (blob.Length >= HostText.DomainSuffix.Length * 2 && blob.ReadUTF16(blob.Length) is var value
                        && value.IndexOf(HostText.DomainSuffix, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        found.Add((reader.GetString(reader.GetFieldDefinition((FieldDefinitionHandle)constant.Parent).Name), DataCenterSets.Of(value)));
                    }
                }

                return found.ToArray();
            }
            catch (BadImageFormatException)
            {
                return Array.Empty<(string, DataCenterSet)>();
            }
        }
    }
}
