namespace CioProbe.Tool;

/// <summary>Where each setting of a run came from, by precedence: the strongest source that set it is the one that counts.</summary>
internal sealed class SettingOrigins
{
    private readonly Dictionary<string, SettingOrigin> _origins = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="source"/> set the property <paramref name="setting"/> (a <see cref="CustomerIoProbeOptions"/> name) under <paramref name="name"/>.</summary>
    public void Set(string setting, SettingSourceRank source, string name, string sourceName) => _origins[setting] = new SettingOrigin(source, name, sourceName);

    public SettingOrigin? Of(string setting) => _origins.GetValueOrDefault(setting);
}

/// <summary>The tool's sources from the weakest to the strongest.</summary>
internal enum SettingSourceRank
{
    ConfigFile,
    AppVariables,
    ProbeVariables,
    Options,
}

/// <param name="Name">The setting as the user wrote it (<c>CustomerIO:TrackUrl</c>, <c>CUSTOMERIO_TRACK_URL</c>, <c>--track-url</c>).</param>
/// <param name="SourceName">The source, for messages (<c>--config appsettings.json</c>, <c>CUSTOMERIO_* variables</c>).</param>
internal sealed record SettingOrigin(SettingSourceRank Rank, string Name, string SourceName)
{
    /// <summary>
    /// How far the source is trusted with where credentials go. Options and <c>CUSTOMERIO_*</c> variables are equally
    /// trusted: both are set by whoever runs the probe, and an option only overrides a variable for one run.
    /// </summary>
    public int Trust => Rank == SettingSourceRank.Options ? (int)SettingSourceRank.ProbeVariables : (int)Rank;
}
