using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>The references test sources compile against (<see cref="TestCompilation"/>), and the alternate library versions a test may ask for.</summary>
    public static class StandIns
    {
        /// <summary>Everything beyond the framework that test sources reference.</summary>
        public static ImmutableArray<MetadataReference> References(params string[] alternates)
            => TestCompilation.Extensions.AddRange(TestCompilation.Libraries(alternates));

        /// <summary>The newer CustomerIOSharp (0.5.x: TrackApi and AppApi) in place of 1.x.</summary>
        public const string CustomerIoSharpTrackAndAppApi = "CustomerIOSharp.cs";

        /// <summary>RestSharp 105 (IRestClient, Method.POST, IRestResponse) in place of 112.</summary>
        public const string RestSharpClassic = "RestSharp.cs";

        public static ImmutableArray<string> AlternateFiles { get; } = System.IO.Directory
            .GetFiles(System.IO.Path.Combine(StandInLibraries.Folder, "Alternates"), "*.cs")
            .Select(System.IO.Path.GetFileName)
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .ToImmutableArray()!;
    }
}
