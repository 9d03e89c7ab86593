using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Benchmarks.RealBuild
{
    /// <summary>
    /// Writes a corpus out as a service solution a user would build: five projects with project references between them,
    /// the Microsoft.Extensions packages restored from NuGet, the Customer.io library stand-ins referenced as compiled
    /// assemblies (as a package brings them), and the configuration files and CustomerIo.Api.txt in the application's
    /// project. With <c>analyzerVersion</c>, every project references the packed CioAnalyzers package, as a
    /// Directory.Build.props line does in a real solution.
    /// </summary>
    internal static class SolutionWriter
    {
        public const string SolutionFile = "Acme.slnx";

        private const string Application = "Acme.Web";

        private static readonly string[] Libraries = { "Acme.Core", "Acme.Orders", "Acme.Billing", "Acme.Notifications" };

        /// <summary>The versions the repository's test compilations reference, so that the corpus compiles as it does there.</summary>
        private static readonly (string Id, string Version)[] Packages =
        {
            ("Microsoft.Extensions.Configuration.Binder", "8.0.2"),
            ("Microsoft.Extensions.Http", "8.0.1"),
            ("Microsoft.Extensions.Options.ConfigurationExtensions", "8.0.0"),
            ("Microsoft.Extensions.Http.Resilience", "8.10.0"),
        };

        public static void Write(Corpus corpus, string root, string? packageFolder, string? analyzerVersion)
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            Directory.CreateDirectory(root);
            var libraries = WriteStandIns(Path.Combine(root, "lib"), corpus.WithCustomerIo);
            File.WriteAllText(Path.Combine(root, "Directory.Build.props"), Props(libraries, analyzerVersion));
            File.WriteAllText(Path.Combine(root, "NuGet.config"), NuGetConfig(packageFolder));

            // The application holds what the package reads from the project's folder: configuration files and the API file,
            // with the sources CustomerIo.Api.txt names; every other file goes to the projects in turn.
            var sources = new Dictionary<string, List<SyntaxTree>>(StringComparer.Ordinal) { [Application] = new() };
            foreach (var library in Libraries)
            {
                sources[library] = new List<SyntaxTree>();
            }

            // Files named alike up to their first dot (a service split into Service0007.Model.cs and Service0007.Client.cs)
            // share internal types, so they go to the same project.
            var projects = Libraries.Append(Application).ToArray();
            var placed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var tree in corpus.Trees)
            {
                var group = tree.FilePath.Split('.')[0];
                if (!placed.TryGetValue(group, out var project))
                {
                    project = corpus.ApiFileSources.Contains(tree.FilePath) ? Application : projects[placed.Count % projects.Length];
                    placed[group] = project;
                }

                sources[project].Add(tree);
            }

            foreach (var (project, trees) in sources)
            {
                var folder = Directory.CreateDirectory(Path.Combine(root, project)).FullName;
                foreach (var tree in trees)
                {
                    File.WriteAllText(Path.Combine(folder, tree.FilePath), tree.GetText().ToString());
                }

                var references = project == Application ? Libraries : project == Libraries[0] ? Array.Empty<string>() : new[] { Libraries[0] };
                File.WriteAllText(Path.Combine(folder, project + ".csproj"), Project(references));
            }

            foreach (var file in corpus.AnalyzerOptions.AdditionalFiles)
            {
                File.WriteAllText(Path.Combine(root, Application, Path.GetFileName(file.Path)), file.GetText()!.ToString());
            }

            File.WriteAllText(
                Path.Combine(root, SolutionFile),
                "<Solution>\n" + string.Concat(projects.Select(p => $"  <Project Path=\"{p}/{p}.csproj\" />\n")) + "</Solution>\n");
        }

        /// <summary>Each stand-in compiled as a package would bring it: an assembly under the real library's name.</summary>
        private static IReadOnlyList<string> WriteStandIns(string folder, bool withCustomerIo)
        {
            Directory.CreateDirectory(folder);
            var written = new List<string>();
            foreach (var file in StandInLibraries.DefaultFiles)
            {
                var name = StandInLibraries.AssemblyName(file);
                // A project without Customer.io still calls other services through RestSharp, and nothing else of these.
                if (!withCustomerIo && name != "RestSharp")
                {
                    continue;
                }

                var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(File.ReadAllText(file), TestCompilation.ParseOptions, file);
                var path = Path.Combine(folder, name + ".dll");
                var emitted = TestCompilation.Create(name, new[] { tree }, TestCompilation.Framework).Emit(path);
                if (!emitted.Success)
                {
                    throw new InvalidOperationException($"The stand-in {file} does not compile: {emitted.Diagnostics.First()}");
                }

                written.Add(path);
            }

            return written;
        }

        private static string Props(IReadOnlyList<string> libraries, string? analyzerVersion) => $"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>preview</LangVersion>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <!-- NuGet may resolve a near version of a package here; that is no reason to fail a measurement. -->
                <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
            {string.Concat(Packages.Select(p => $"    <PackageReference Include=\"{p.Id}\" Version=\"{p.Version}\" />\n"))}{string.Concat(libraries.Select(l => $"    <Reference Include=\"{Path.GetFileNameWithoutExtension(l)}\" HintPath=\"{l}\" />\n"))}{(analyzerVersion is null ? string.Empty : $"    <PackageReference Include=\"CioAnalyzers\" Version=\"{analyzerVersion}\" PrivateAssets=\"all\" />\n")}  </ItemGroup>
            </Project>
            """;

        private static string Project(IEnumerable<string> references) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
            {string.Concat(references.Select(r => $"    <ProjectReference Include=\"../{r}/{r}.csproj\" />\n"))}  </ItemGroup>
            </Project>
            """;

        private static string NuGetConfig(string? packageFolder) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
            {(packageFolder is null ? string.Empty : $"    <add key=\"cioanalyzers\" value=\"{packageFolder}\" />\n")}    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """;
    }
}
