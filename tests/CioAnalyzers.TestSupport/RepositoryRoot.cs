namespace CioAnalyzers.Harness
{
    /// <summary>
    /// The repository's root folder, found from the program's output folder upwards. Written without usings: projects
    /// with and without implicit usings compile this file.
    /// </summary>
    public static class RepositoryRoot
    {
        public static string Path { get; } = Find();

        public static string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

        private static string Find()
        {
            for (var directory = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "CioAnalyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new System.InvalidOperationException("CioAnalyzers.sln not found above " + System.AppContext.BaseDirectory);
        }
    }
}
