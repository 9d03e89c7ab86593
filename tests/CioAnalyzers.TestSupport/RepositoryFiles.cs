using System.IO;

namespace CioAnalyzers.Harness
{
    /// <summary>Files of this repository, found from the test's output folder upwards.</summary>
    public static class RepositoryFiles
    {
        public static string Root => RepositoryRoot.Path;

        public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

        public static string Read(params string[] parts) => File.ReadAllText(Path(parts));
    }
}
