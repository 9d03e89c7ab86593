using System;
using System.IO;

namespace CioAnalyzers.Harness
{
    /// <summary>The repository's root folder, found from the program's output folder upwards.</summary>
    public static class RepositoryRoot
    {
        public static string Path { get; } = Find();

        public static string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

        private static string Find()
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
