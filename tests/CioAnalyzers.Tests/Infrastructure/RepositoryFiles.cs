using System;
using System.IO;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>Files of this repository, found from the test's output folder upwards.</summary>
    public static class RepositoryFiles
    {
        public static string Root { get; } = FindRoot();

        public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

        public static string Read(params string[] parts) => File.ReadAllText(Path(parts));

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "CioAnalyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("CioAnalyzers.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
