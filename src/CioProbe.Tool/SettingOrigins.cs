using CioProbe.Configuration;

namespace CioProbe.Tool;

/// <summary>Where each setting of a run came from: the strongest source that set it is the one that counts.</summary>
internal sealed class SettingOrigins
{
    private readonly Dictionary<string, SettingOrigin> _origins = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="source"/> set the property <paramref name="setting"/> (a <see cref="CustomerIoProbeOptions"/> name) under <paramref name="name"/>.</summary>
    public void Set(string setting, SettingSourceRank source, string name, string sourceName) => _origins[setting] = new SettingOrigin(Trust(source), name, sourceName);

    public SettingOrigin? Of(string setting) => _origins.GetValueOrDefault(setting);

    // Options and CUSTOMERIO_* variables are equally trusted: both are set by whoever runs the probe, and an option
    // only overrides a variable for one run.
    private static int Trust(SettingSourceRank rank) => rank == SettingSourceRank.Options ? (int)SettingSourceRank.ProbeVariables : (int)rank;
}

/// <summary>The tool's sources from the weakest to the strongest.</summary>
internal enum SettingSourceRank
{
    ConfigFile,
    AppVariables,
    ProbeVariables,
    Options,
}
