using CioProbe.Configuration;

namespace CioProbe.Tool
{
    /// <summary>Where each setting of a run came from: the strongest layer that set it is the one that counts.</summary>
    internal sealed class SettingOrigins(IReadOnlyList<SettingLayer> layers)
    {
        public SettingOrigin? Of(ProbeSetting setting) => layers.Select(l => l.OriginOf(setting)).LastOrDefault(o => o is not null);
    }
}
