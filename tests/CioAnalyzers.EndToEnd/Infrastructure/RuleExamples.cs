using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using CioAnalyzers.Harness;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>
    /// Every shipped rule's non-compliant docs example as consumer files, so a new rule brings its own:
    /// <c>Rules/&lt;id&gt;/NonCompliant.cs</c>, and <c>Rules/&lt;id&gt;/CustomerIo.Api.txt</c> when the example has one.
    /// </summary>
    public static class RuleExamples
    {
        /// <summary>
        /// The project items that hand the examples' wrapper files to the analyzers, and the packages the examples use:
        /// the client factory (registrations) and its resilience handlers (CIO3004's fix), at the versions the tests carry.
        /// </summary>
        public static string ProjectItems { get; } = $$"""
              <ItemGroup>
                <AdditionalFiles Include="Rules/**/CustomerIo.Api.txt" />
                <PackageReference Include="Microsoft.Extensions.Http" Version="{{VersionOf(typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions))}}" />
                <PackageReference Include="Microsoft.Extensions.Http.Resilience" Version="{{VersionOf(typeof(Microsoft.Extensions.DependencyInjection.ResilienceHttpClientBuilderExtensions))}}" />
              </ItemGroup>
            """;

        /// <summary>The package version of the assembly that declares <paramref name="type"/>.</summary>
        public static string VersionOf(Type type) => type.Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

        public static void AddNonCompliant(ConsumerProject project)
        {
            foreach (var descriptor in ShippedRules.Descriptors)
            {
                var example = DocsPage.For(descriptor.Id).NonCompliant;
                project.Write(CodeFile(descriptor.Id), InNamespace(example.Code, $"Examples.{descriptor.Id}"));
                if (example.ApiFile is { } apiFile)
                {
                    project.Write(ApiFile(descriptor.Id), apiFile);
                }
            }
        }

        /// <summary>The full paths of the example's files in <paramref name="project"/>, where its diagnostics belong.</summary>
        public static ImmutableArray<string> Files(ConsumerProject project, string id)
            => new[] { CodeFile(id), ApiFile(id) }
                .Select(f => Path.Combine(project.Folder, f))
                .Where(File.Exists)
                .ToImmutableArray();

        /// <summary>The wrapper files <see cref="ProjectItems"/> hands to the compiler.</summary>
        public static ImmutableArray<string> ApiFiles(ConsumerProject project)
            => Directory.Exists(Path.Combine(project.Folder, "Rules"))
                ? Directory.GetFiles(Path.Combine(project.Folder, "Rules"), DocsPage.ApiFileName, SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToImmutableArray()
                : ImmutableArray<string>.Empty;

        public static string CodeFile(string id) => $"Rules/{id}/NonCompliant.cs";

        private static string ApiFile(string id) => $"Rules/{id}/{DocsPage.ApiFileName}";

        /// <summary>
        /// Examples declare plain classes (SignUp, Setup...): a namespace per example keeps their names apart. An example
        /// that declares its own namespace keeps it, since its wrapper file names its types by their full names.
        /// </summary>
        private static string InNamespace(string code, string name)
        {
            if (Regex.IsMatch(code, @"^\s*namespace\s", RegexOptions.Multiline))
            {
                return code;
            }

            var lines = code.Replace("\r\n", "\n").Split('\n').ToList();
            var firstDeclaration = lines.FindIndex(l => l.Trim().Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal) && !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
            lines.Insert(firstDeclaration < 0 ? lines.Count : firstDeclaration, $"namespace {name};\n");
            return string.Join("\n", lines);
        }
    }
}
