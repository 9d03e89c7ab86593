using System;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>The assemblies that make a project a test project, whose fixtures hold fake keys on purpose.</summary>
    internal static class TestFrameworks
    {
        private static readonly string[] AssemblyNames =
        {
            "xunit.core", "xunit.assert", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework",
            "MSTest.TestFramework",
        };

        /// <summary>
        /// True when the compilation references a test framework. Asked once per set of references, by
        /// <see cref="LibrarySymbols"/>; rules read <see cref="CustomerIoModel.IsTestProject"/>.
        /// </summary>
        public static bool AreReferencedBy(Compilation compilation)
        {
            foreach (var reference in compilation.ReferencedAssemblyNames)
            {
                foreach (var name in AssemblyNames)
                {
                    if (string.Equals(reference.Name, name, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
