using System.Text.Json;
using CioProbe.Configuration;
using Microsoft.Extensions.Configuration;

namespace CioProbe.Tool;

/// <summary>The --config file: an appsettings.json-style JSON file read with the same provider an app uses.</summary>
internal static class ConfigFile
{
    // Enough to spot a misspelt section name, few enough for one line.
    private const int ListedKeys = 10;

    /// <summary>The probe's section of the file at <paramref name="path"/>.</summary>
    /// <exception cref="UsageException">The file is missing, unreadable, not JSON, or has no such section.</exception>
    public static IConfigurationSection ReadSection(string path)
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

        if (!File.Exists(fullPath))
        {
            throw new UsageException($"--config {path}: no such file ({fullPath}).");
        }

        var section = Load(path, fullPath).GetSection(ProbeConfigurationKeys.DefaultSection);
        if (section.Value is not null)
        {
            throw new UsageException($"--config {path}: '{ProbeConfigurationKeys.DefaultSection}' is a single value; it must be an object with {ProbeSettings.KeyList}.");
        }

        if (!section.Exists())
        {
            throw new UsageException($"--config {path}: no '{ProbeConfigurationKeys.DefaultSection}' section{TopLevel(path, fullPath)}; the probe reads {ProbeSettings.KeyList} from it.");
        }

        return section;
    }

    private static IConfigurationRoot Load(string path, string fullPath)
    {
        try
        {
            return new ConfigurationBuilder().AddJsonFile(fullPath, optional: false, reloadOnChange: false).Build();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--config {path}: {Problem(ex)}");
        }
    }

    // The provider wraps the cause (file, then format, then parser); the innermost one we know says what is wrong.
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

        if (chain.OfType<UnauthorizedAccessException>().Any())
        {
            return "cannot be read (permission denied).";
        }

        if (chain.OfType<IOException>().LastOrDefault() is { } io)
        {
            return $"cannot be read ({io.GetType().Name}).";
        }

        // The provider's own words for a top level that is not an object or a key given twice: they name keys, never values.
        return chain.OfType<FormatException>().Last().Message;
    }

    private static string TopLevel(string path, string fullPath)
    {
        var names = Load(path, fullPath).GetChildren().Select(c => c.Key).ToList();
        var more = names.Count > ListedKeys ? $" and {names.Count - ListedKeys} more" : string.Empty;
        return names.Count == 0 ? " (the file has no settings at all)" : $" (its top-level keys: {string.Join(", ", names.Take(ListedKeys))}{more})";
    }
}
