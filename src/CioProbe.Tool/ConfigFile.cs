using System.Text.Json;
using CioProbe.Configuration;
using Microsoft.Extensions.Configuration;

namespace CioProbe.Tool
{
    /// <summary>The --config file: an appsettings.json-style JSON file read with the same provider an app uses.</summary>
    internal static class ConfigFile
    {
        // Enough to spot a misspelt section name, few enough for one line.
        private const int ListedKeys = 10;

        /// <summary>The file at <paramref name="path"/>, once it is known to hold the probe's section.</summary>
        /// <exception cref="UsageException">The file is missing, not a regular file, too large, unreadable, not JSON, or has no such section.</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled while the file was read.</exception>
        public static async Task<IConfigurationRoot> ReadAsync(string path, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new UsageException("--config needs the path of a JSON file, such as appsettings.json.");
            }

            var fullPath = Path.GetFullPath(path);
            if (Directory.Exists(fullPath))
            {
                throw new UsageException($"--config {path}: this is a directory; give the path of a JSON file, such as {Path.Combine(path, "appsettings.json")}.");
            }

            if (IsDanglingLink(fullPath))
            {
                throw new UsageException($"--config {path}: a symbolic link whose target does not exist.");
            }

            if (!File.Exists(fullPath))
            {
                throw new UsageException($"--config {path}: no such file ({fullPath}).");
            }

            var root = Load(path, await ConfigFileBytes.ReadAsync(path, fullPath, cancellationToken).ConfigureAwait(false));
            var section = root.GetSection(ProbeConfigurationKeys.DefaultSection);
            if (section.Value is not null)
            {
                throw new UsageException($"--config {path}: '{ProbeConfigurationKeys.DefaultSection}' is a single value; it must be an object with {ProbeSettingTable.KeyList}.");
            }

            if (!section.Exists())
            {
                throw new UsageException($"--config {path}: no '{ProbeConfigurationKeys.DefaultSection}' section{TopLevel(root)}; the probe reads {ProbeSettingTable.KeyList} from it.");
            }

            return root;
        }

        private static bool IsDanglingLink(string fullPath)
        {
            try
            {
                var file = new FileInfo(fullPath);
                return file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true };
            }
            catch (IOException)
            {
                // A loop of links: reading it will fail and say so.
                return false;
            }
        }

        // The bytes already read, parsed by the JSON provider an app uses; a stream, unlike a file provider, has no rule
        // against hidden files (a path such as .secrets.json).
        private static IConfigurationRoot Load(string path, byte[] bytes)
        {
            try
            {
                return new ConfigurationBuilder().AddJsonStream(new MemoryStream(bytes, writable: false)).Build();
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException or FormatException or IOException)
            {
                throw new UsageException($"--config {path}: {Problem(ex)}");
            }
        }

        // The stream provider lets the parser's exception through, or wraps it; the innermost one we know says what is wrong.
        private static string Problem(Exception ex)
        {
            var chain = new List<Exception>();
            for (var e = ex; e is not null; e = e.InnerException)
            {
                chain.Add(e);
            }

            if (chain.OfType<JsonException>().FirstOrDefault() is { } json)
            {
                // Position only: the parser's message can quote the file, and the file holds keys.
                return $"not valid JSON (line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1} of that line).";
            }

            // The provider's own words for a top level that is not an object or a key given twice: they name keys, never values.
            return chain.OfType<FormatException>().LastOrDefault()?.Message ?? $"cannot be read ({ex.GetType().Name}).";
        }

        private static string TopLevel(IConfigurationRoot root)
        {
            var names = root.GetChildren().Select(c => c.Key).ToList();
            var more = names.Count > ListedKeys ? $" and {names.Count - ListedKeys} more" : string.Empty;
            return names.Count == 0 ? " (the file has no settings at all)" : $" (its top-level keys: {string.Join(", ", names.Take(ListedKeys))}{more})";
        }
    }
}
