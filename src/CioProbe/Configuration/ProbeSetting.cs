using Microsoft.Extensions.Configuration;

namespace CioProbe.Configuration
{
    /// <summary>One of the probe's six settings under every name a source gives it; see <see cref="ProbeSettingTable"/>.</summary>
    /// <param name="Property">The <see cref="CustomerIoProbeOptions"/> property it sets.</param>
    /// <param name="Key">Its key in the <c>CustomerIO</c> section (<c>CustomerIO:SiteId</c>, <c>CustomerIO__SiteId</c>).</param>
    /// <param name="Variable">Its <c>CUSTOMERIO_*</c> environment variable.</param>
    /// <param name="Option">Its cio-probe option.</param>
    /// <param name="Description">What findings call its value ("site id").</param>
    /// <param name="Help">The option's help, naming the variable.</param>
    /// <param name="IsSecret">A credential: redacted from every text, and sent only where <see cref="CredentialDestination"/> allows.</param>
    /// <param name="IsRequired">The config check fails without it.</param>
    /// <param name="Get">Reads it from options.</param>
    /// <param name="Set">Writes it to options.</param>
    internal sealed record ProbeSetting(
        string Property,
        string Key,
        string Variable,
        string Option,
        string Description,
        string Help,
        bool IsSecret,
        bool IsRequired,
        Func<CustomerIoProbeOptions, string?> Get,
        Action<CustomerIoProbeOptions, string?> Set)
    {
        /// <summary>Other keys of the same setting in a section (<c>ApiKey</c>, the client libraries' name); <see cref="Key"/> wins over them.</summary>
        public IReadOnlyList<string> Aliases { get; init; } = [];

        /// <summary>For a base URL: the API it names, for messages.</summary>
        public string? Api { get; init; }

        /// <summary>For a base URL: the credentials sent to it.</summary>
        public IReadOnlyList<ProbeSetting> Credentials { get; init; } = [];

        /// <summary>Every key of the setting in a section, the one that wins first.</summary>
        public IEnumerable<string> Keys => Aliases.Prepend(Key);

        /// <summary>
        /// Its paths in the <c>CustomerIO</c> section under every key. A source that names the setting once (a variable,
        /// an option) sets them all, so it overrides an alias a weaker source gave rather than conflicting with it.
        /// </summary>
        public IEnumerable<string> Paths => Keys.Select(key => ConfigurationPath.Combine(ProbeConfigurationKeys.DefaultSection, key));
    }
}
