using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.Tests.Docs
{
    /// <summary>
    /// The repository's text stands on public sources: no tracked file refers readers to a notes file that is not
    /// published with it. The name is assembled here so that this file does not hold it in one piece.
    /// </summary>
    public class RepositoryMentionsTests
    {
        private static readonly string UnpublishedNotes = "FACTS" + ".md";

        /// <summary>Build output and tool folders, left out when the files are listed without git.</summary>
        private static readonly string[] UntrackedFolders = { ".git", "bin", "obj", "artifacts", "TestResults", ".vs", ".idea" };

        [Fact]
        public void NoTrackedTextFileNamesTheUnpublishedNotes()
        {
            var files = TrackedFiles().ToList();
            Assert.Contains("README.md", files);
            Assert.Contains(files, f => f.EndsWith(".cs", StringComparison.Ordinal));

            var naming = files.Where(f => IsTextNaming(Path.Combine(RepositoryFiles.Root, f), UnpublishedNotes)).ToList();
            Assert.True(naming.Count == 0, $"These files name {UnpublishedNotes}, which is not published; cite the public source instead:\n" + string.Join("\n", naming));
        }

        [Fact]
        public void TheSearchFindsTheName()
        {
            var file = Path.GetTempFileName();
            try
            {
                File.WriteAllText(file, "See the notes in docs/" + UnpublishedNotes.ToLowerInvariant() + " for the source.");
                Assert.True(IsTextNaming(file, UnpublishedNotes));
                File.WriteAllBytes(file, Encoding.ASCII.GetBytes("\0binary " + UnpublishedNotes));
                Assert.False(IsTextNaming(file, UnpublishedNotes));
            }
            finally
            {
                File.Delete(file);
            }
        }

        /// <summary>A text file (no NUL byte) whose content holds <paramref name="name"/> in any case.</summary>
        private static bool IsTextNaming(string path, string name)
        {
            var bytes = File.ReadAllBytes(path);
            return Array.IndexOf(bytes, (byte)0) < 0
                && Encoding.UTF8.GetString(bytes).Contains(name, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The files git tracks, relative to the root with '/' separators; every file but build output without git.</summary>
        private static IEnumerable<string> TrackedFiles()
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = RepositoryFiles.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "ls-files", "-z" })
            {
                start.ArgumentList.Add(argument);
            }

            try
            {
                using var git = Process.Start(start)!;
                var error = git.StandardError.ReadToEndAsync();
                var output = git.StandardOutput.ReadToEnd();
                git.WaitForExit();
                _ = error.Result;
                if (git.ExitCode == 0)
                {
                    return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(f => File.Exists(Path.Combine(RepositoryFiles.Root, f)));
                }
            }
            catch (Win32Exception)
            {
                // No git on this machine: list the files instead.
            }

            return Directory.GetFiles(RepositoryFiles.Root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(f => !f.Split('/').Any(UntrackedFolders.Contains));
        }
    }
}
