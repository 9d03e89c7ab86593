namespace CioAnalyzers.Model.Settings
{
    /// <summary>What the project's configuration files say about one setting.</summary>
    internal enum ConfiguredValueKind
    {
        /// <summary>The project hands the analyzers no configuration file: nothing is known.</summary>
        NoFiles,

        /// <summary>A base file, or every environment's, gives the setting a value that is not blank: the read finds one.</summary>
        Set,

        /// <summary>Some environments' files only give it a value (appsettings.Development.json): the others rely on the environment.</summary>
        SomeEnvironments,

        /// <summary>Every file that gives the setting a value gives a blank one (<c>""</c>).</summary>
        Blank,

        /// <summary>No configuration file gives the setting a value.</summary>
        NotSet,
    }

    /// <summary>What the configuration files say about a setting; <see cref="File"/> names the file with the blank value, or the one environment file that sets it.</summary>
    internal readonly struct ConfiguredValue
    {
        public ConfiguredValue(ConfiguredValueKind kind, string? file = null)
        {
            Kind = kind;
            File = file;
        }

        public ConfiguredValueKind Kind { get; }

        public string? File { get; }

        /// <summary>Words for a message: where the setting is blank or that no file sets it; null when it says nothing.</summary>
        public string? Describe() => Kind switch
        {
            ConfiguredValueKind.Blank => $"set to \"\" in {File}",
            ConfiguredValueKind.SomeEnvironments => $"set in {File} but not in every environment",
            ConfiguredValueKind.NotSet => "set in no configuration file",
            _ => null,
        };
    }
}
