namespace CioAnalyzers.Model.Settings
{
    /// <summary>What the project's configuration files say about one setting.</summary>
    internal enum ConfiguredValueKind
    {
        /// <summary>The project hands the analyzers no configuration file: nothing is known.</summary>
        NoFiles,

        /// <summary>A file gives the setting a value that is not blank: the read finds it unless the environment blanks it.</summary>
        Set,

        /// <summary>Every file that gives the setting a value gives a blank one (<c>""</c>).</summary>
        Blank,

        /// <summary>No configuration file gives the setting a value.</summary>
        NotSet,
    }

    /// <summary>What the configuration files say about a setting; <see cref="BlankIn"/> names the first file with the blank value.</summary>
    internal readonly struct ConfiguredValue
    {
        public ConfiguredValue(ConfiguredValueKind kind, string? blankIn = null)
        {
            Kind = kind;
            BlankIn = blankIn;
        }

        public ConfiguredValueKind Kind { get; }

        public string? BlankIn { get; }

        /// <summary>Words for a message: where the setting is blank or that no file sets it; null when it says nothing.</summary>
        public string? Describe() => Kind switch
        {
            ConfiguredValueKind.Blank => $"set to \"\" in {BlankIn}",
            ConfiguredValueKind.NotSet => "set in no configuration file",
            _ => null,
        };
    }
}
