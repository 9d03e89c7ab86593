using System;
using System.Linq;
using CioAnalyzers.Tests.Docs;
using CioAnalyzers.Tests.Infrastructure;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>The docs pages' examples of every shipped rule, as consumer source files: a new rule brings its own.</summary>
    public static class RuleExamples
    {
        public static string NonCompliantFile(string id) => $"Rules/{id}.NonCompliant.cs";

        public static string CompliantFile(string id) => $"Rules/{id}.Compliant.cs";

        public static void AddNonCompliant(ConsumerProject project)
        {
            foreach (var descriptor in ShippedRules.Descriptors)
            {
                project.Write(NonCompliantFile(descriptor.Id), InNamespace(DocsPage.For(descriptor.Id).NonCompliant, $"Examples.{descriptor.Id}.NonCompliant"));
            }
        }

        public static void AddCompliant(ConsumerProject project)
        {
            foreach (var descriptor in ShippedRules.Descriptors)
            {
                project.Write(CompliantFile(descriptor.Id), InNamespace(DocsPage.For(descriptor.Id).Compliant, $"Examples.{descriptor.Id}.Compliant"));
            }
        }

        /// <summary>Examples declare plain classes (SignUp, Setup...): a namespace per example keeps their names apart.</summary>
        private static string InNamespace(string code, string name)
        {
            var lines = code.Replace("\r\n", "\n").Split('\n').ToList();
            var firstDeclaration = lines.FindIndex(l => l.Trim().Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal) && !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
            lines.Insert(firstDeclaration < 0 ? lines.Count : firstDeclaration, $"namespace {name};\n");
            return string.Join("\n", lines);
        }
    }
}
