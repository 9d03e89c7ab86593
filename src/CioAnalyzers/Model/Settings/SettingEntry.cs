using Microsoft.CodeAnalysis.Text;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>
    /// One value of a configuration file under its flattened key, as the .NET configuration system names it
    /// (<c>CustomerIO:TrackApiKey</c>, <c>Hosts:0</c>); <see cref="Value"/> is null for JSON <c>null</c>.
    /// <see cref="Span"/> is where the value is written in the file (inside the quotes of a string).
    /// </summary>
    internal sealed record SettingEntry(string Key, string? Value, TextSpan Span);
}
