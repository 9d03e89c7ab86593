using System.CommandLine;
using CioProbe.Configuration;
using Microsoft.Extensions.Configuration;

namespace CioProbe.Tool
{
    /// <summary>
    /// The probe's settings: one configuration over the <c>CustomerIO:*</c> keys whose providers are, from the lowest
    /// precedence to the highest, the --config file, <c>CustomerIO__*</c> variables, <c>CUSTOMERIO_*</c> variables and
    /// command-line options, bound once. A layer sets only what it holds.
    /// </summary>
    internal sealed record ProbeSettings(CustomerIoProbeOptions Options, IReadOnlyList<string> Sources, IReadOnlyList<string> Notes)
    {
        private const int NotedKeys = 10;

        private const string AppVariables = $"{ProbeConfigurationKeys.DefaultSection}__* variables";

        /// <exception cref="UsageException">The file cannot be used, or a section names the Track key twice with different values.</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled while the file was read.</exception>
        public static async Task<ProbeSettings> ReadAsync(ProbeCommand command, ParseResult parse, ProbeHost host, CancellationToken cancellationToken)
        {
            var layers = new List<SettingLayer>();
            var sources = new List<string>();
            var notes = new List<string>();

            SettingLayer? file = null;
            if (parse.GetResult(command.Config) is { Implicit: false })
            {
                var path = parse.GetValue(command.Config) ?? string.Empty;
                file = SettingLayer.OfSection($"--config {path}", SettingSourceRank.ConfigFile, await ConfigFile.ReadAsync(path, cancellationToken).ConfigureAwait(false));
                CheckSection(file, notes);
                layers.Add(file);
                sources.Add($"{path} ({file.Section.Path})");
            }

            var environment = new ConfigurationBuilder();
            host.AddEnvironmentVariables(environment);
            var app = SettingLayer.OfSection(AppVariables, SettingSourceRank.AppVariables, environment.Build());
            if (app.Section.Exists())
            {
                CheckSection(app, notes);
                layers.Add(app);
                sources.Add(AppVariables);
                AliasConflict(file, app);
            }

            var variables = new SettingLayer("CUSTOMERIO_* variables", SettingSourceRank.ProbeVariables,
                ProbeVariablesConfigurationSource.Root(name => host.Environment.GetValueOrDefault(name)), (setting, _) => setting.Variable);
            var options = new SettingLayer("the command line", SettingSourceRank.Options, CommandLineSettings.Read(command, parse), (setting, _) => setting.Option);
            foreach (var (layer, source) in new[] { (variables, variables.SourceName), (options, "options") })
            {
                if (layer.Section.Exists())
                {
                    layers.Add(layer);
                    sources.Add(source);
                }
            }

            var probeOptions = Bind(layers);
            probeOptions.RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(command.Timeout));
            probeOptions.Deadline = TimeSpan.FromSeconds(parse.GetValue(command.Deadline));
            probeOptions.MaxRetries = parse.GetValue(command.Retries);
            probeOptions.RetryBaseDelay = TimeSpan.FromSeconds(parse.GetValue(command.RetryDelay));
            probeOptions.Customer = parse.GetValue(command.Customer);
            probeOptions.MessageIds = (parse.GetValue(command.MessageIds) ?? []).ToList();
            probeOptions.TestEventCustomer = parse.GetValue(command.SendTestEvent);
            CredentialDestinations.Check(probeOptions, new SettingOrigins(layers), parse.GetValue(command.AllowHosts) ?? []);
            return new ProbeSettings(probeOptions, sources, notes);
        }

        // The layers in order, as an app's providers are: for each key the last layer holding it wins. Each section is
        // copied rather than chained (AddConfiguration), which would drop empty values: an empty setting must reach the config check.
        private static CustomerIoProbeOptions Bind(IEnumerable<SettingLayer> layers)
        {
            var configuration = new ConfigurationBuilder();
            foreach (var layer in layers)
            {
                configuration.AddInMemoryCollection(layer.Section.AsEnumerable().Where(entry => entry.Value is not null));
            }

            try
            {
                return ProbeConfiguration.Read(configuration.Build().GetSection(ProbeConfigurationKeys.DefaultSection));
            }
            catch (InvalidOperationException ex)
            {
                // Not expected (each layer and the file with the CustomerIO__* variables were checked); the message names keys, never values.
                throw new UsageException(ex.Message);
            }
        }

        // A file or CustomerIO__* variables: a key given twice stops an app, and a key the probe does not read is noted.
        private static void CheckSection(SettingLayer layer, List<string> notes)
        {
            var section = layer.Section;
            if (ProbeConfiguration.Conflict(section) is { } conflict)
            {
                // The library's message names the two keys, never their values.
                throw new UsageException($"{layer.SourceName}: {conflict}");
            }

            // Other keys are often the app's own settings, but a misspelt probe key would otherwise be lost without a word.
            var others = section.GetChildren().Select(c => c.Key).Where(k => !ProbeSettingTable.IsKey(k)).ToList();
            if (others.Count > 0)
            {
                // A few names show a misspelling; a file with thousands of keys must not flood the terminal.
                var named = string.Join(", ", others.Take(NotedKeys).Select(k => ConfigurationPath.Combine(section.Path, k)));
                var more = others.Count > NotedKeys ? $" and {others.Count - NotedKeys} more" : string.Empty;
                notes.Add($"{layer.SourceName}: not read by the probe: {named}{more} (it reads {ProbeSettingTable.KeyList}).");
            }
        }

        // An app reads the file and its variables as one configuration: ApiKey from one and a different TrackApiKey from the
        // other stop it at start-up, so the probe reports them too instead of checking a pair the app would never use.
        private static void AliasConflict(SettingLayer? file, SettingLayer variables)
        {
            if (file is null)
            {
                return;
            }

            // The variables override the file key by key; a conflict within one source was reported when it was checked.
            (string? Value, string Source) Merged(string key) => variables.Section[key] is { } value ? (value, AppVariables) : (file.Section[key], file.SourceName);
            foreach (var setting in ProbeSettingTable.All)
            {
                var keyed = Merged(setting.Key);
                foreach (var aliasKey in setting.Aliases)
                {
                    var alias = Merged(aliasKey);
                    if (alias.Value is not null && keyed.Value is not null && !string.Equals(alias.Value, keyed.Value, StringComparison.Ordinal))
                    {
                        throw new UsageException(
                            $"'{ConfigurationPath.Combine(variables.Section.Path, aliasKey)}' ({alias.Source}) and '{ConfigurationPath.Combine(variables.Section.Path, setting.Key)}' ({keyed.Source}) " +
                            "are both set, to different values; an app reading both sources stops at start-up. Keep one.");
                    }
                }
            }
        }
    }
}
