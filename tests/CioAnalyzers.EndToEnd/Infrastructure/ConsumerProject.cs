using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.Harness;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>A project of the consumer solution: an ordinary SDK project with a PackageReference to CioAnalyzers.</summary>
    public sealed class ConsumerProject
    {
        public ConsumerProject(string root, string name)
        {
            Name = name;
            Folder = Path.Combine(root, name);
        }

        public string Name { get; }

        public string Folder { get; }

        public string ProjectFile => Path.Combine(Folder, Name + ".csproj");

        /// <summary>The C# files the compiler sees: the project's own and the linked stand-ins.</summary>
        public IEnumerable<string> SourceFiles => Directory.GetFiles(Folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .Concat(Directory.GetFiles(Path.Combine(Folder, "..", "StandIns"), "*.cs").Select(Path.GetFullPath))
            .OrderBy(f => f, System.StringComparer.Ordinal);

        public void WriteProjectFile(string packageVersion, string outputType = "Library", string extraItems = "")
            => Write(Name + ".csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>{outputType}</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="CioAnalyzers" Version="{packageVersion}" PrivateAssets="all" />
                  </ItemGroup>
                  <ItemGroup>
                    <!-- The Customer.io client libraries, as signature-only stand-ins. -->
                    <Compile Include="../StandIns/*.cs" LinkBase="StandIns" />
                  </ItemGroup>
                {extraItems}
                </Project>
                """);

        public string Write(string relativePath, string content)
        {
            var path = Path.Combine(Folder, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            return path;
        }

        public void Delete(string relativePath) => File.Delete(Path.Combine(Folder, relativePath));

        /// <summary>Always recompiles, so the analyzers run and print even when nothing changed since the last build.</summary>
        public Task<CommandResult> BuildAsync(params string[] arguments)
            => DotNet.RunAsync(Folder, new[] { "build", ProjectFile, "--no-restore", "--no-incremental", "-nodeReuse:false" }.Concat(arguments).ToArray());

        /// <summary>
        /// The compiler's command line from a design-time build, as the IDE and dotnet format run one: CoreCompile with the
        /// compiler skipped, forced to run (NonExistentFile) even when the last build is up to date.
        /// </summary>
        public async Task<(CommandResult Result, IReadOnlyList<string> Arguments)> DesignTimeCompilerArgumentsAsync(params string[] arguments)
        {
            var result = await DotNet.RunAsync(Folder, new[]
                {
                    "msbuild", ProjectFile, "-t:Compile", "-nodeReuse:false",
                    "-p:DesignTimeBuild=true", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true",
                    "-p:NonExistentFile=__NonExistentSubDir__/__NonExistentFile__", "-getItem:CscCommandLineArgs",
                }.Concat(arguments).ToArray());
            if (result.ExitCode != 0 || result.Output.IndexOf('{') is var start && start < 0)
            {
                return (result, System.Array.Empty<string>());
            }

            using var json = System.Text.Json.JsonDocument.Parse(result.Output[start..(result.Output.LastIndexOf('}') + 1)]);
            var compilerArguments = json.RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs").EnumerateArray()
                .Select(item => item.GetProperty("Identity").GetString()!)
                .ToList();
            return (result, compilerArguments);
        }

        public Task<CommandResult> FormatAsync(params string[] arguments)
            => DotNet.RunAsync(Folder, new[] { "format", "analyzers", ProjectFile, "--no-restore" }.Concat(arguments).ToArray());
    }
}
