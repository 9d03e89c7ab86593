using System.CommandLine;
using CioProbe.Configuration;
using Microsoft.Extensions.Configuration;

namespace CioProbe.Tool;

/// <summary>
/// The probe's settings, layered from the lowest precedence to the highest: the --config file, <c>CustomerIO__*</c>
/// variables, <c>CUSTOMERIO_*</c> variables, command-line options. A layer sets only what it holds.
/// </summary>
internal sealed record ProbeSettings(CustomerIoProbeOptions Options, IReadOnlyList<string> Sources, IReadOnlyList<string> Notes)
{
    /// <summary>The keys the probe reads from its section, for messages.</summary>
    public static string KeyList =>
        $"{ProbeConfigurationKeys.SiteId}, {ProbeConfigurationKeys.ApiKey} (or {ProbeConfigurationKeys.TrackApiKey}), {ProbeConfigurationKeys.AppApiKey}, " +
        $"{ProbeConfigurationKeys.Region}, {ProbeConfigurationKeys.TrackUrl} and {ProbeConfigurationKeys.AppUrl}";

    private const int NotedKeys = 10;

    private const string AppVariables = $"{ProbeConfigurationKeys.DefaultSection}__* variables";

    // Each key of a section and the option it sets; ApiKey is the Track key's alias.
    private static readonly (string Key, string Setting)[] SectionSettings =
    [
        (ProbeConfigurationKeys.SiteId, nameof(CustomerIoProbeOptions.SiteId)),
        (ProbeConfigurationKeys.ApiKey, nameof(CustomerIoProbeOptions.TrackApiKey)),
        (ProbeConfigurationKeys.TrackApiKey, nameof(CustomerIoProbeOptions.TrackApiKey)),
        (ProbeConfigurationKeys.AppApiKey, nameof(CustomerIoProbeOptions.AppApiKey)),
        (ProbeConfigurationKeys.Region, nameof(CustomerIoProbeOptions.Region)),
        (ProbeConfigurationKeys.TrackUrl, nameof(CustomerIoProbeOptions.TrackUrl)),
        (ProbeConfigurationKeys.AppUrl, nameof(CustomerIoProbeOptions.AppUrl)),
    ];

    private static readonly HashSet<string> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ProbeConfigurationKeys.SiteId, ProbeConfigurationKeys.ApiKey, ProbeConfigurationKeys.TrackApiKey, ProbeConfigurationKeys.AppApiKey,
        ProbeConfigurationKeys.Region, ProbeConfigurationKeys.TrackUrl, ProbeConfigurationKeys.AppUrl,
    };

    /// <exception cref="UsageException">The file cannot be used, or a section names the Track key twice with different values.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled while the file was read.</exception>
    public static async Task<ProbeSettings> ReadAsync(ProbeCommand command, ParseResult parse, ProbeHost host, CancellationToken cancellationToken)
    {
        var options = new CustomerIoProbeOptions();
        var sources = new List<string>();
        var notes = new List<string>();
        var origins = new SettingOrigins();

        IConfigurationSection? file = null;
        var fileSource = string.Empty;
        if (parse.GetResult(command.Config) is { Implicit: false })
        {
            var path = parse.GetValue(command.Config) ?? string.Empty;
            fileSource = $"--config {path}";
            file = await ConfigFile.ReadSectionAsync(path, cancellationToken).ConfigureAwait(false);
            Apply(file, options, fileSource, SettingSourceRank.ConfigFile, origins, notes);
            sources.Add($"{path} ({file.Path})");
        }

        var environment = new ConfigurationBuilder();
        host.AddEnvironmentVariables(environment);
        var appSection = environment.Build().GetSection(ProbeConfigurationKeys.DefaultSection);
        if (appSection.Exists())
        {
            Apply(appSection, options, AppVariables, SettingSourceRank.AppVariables, origins, notes);
            sources.Add(AppVariables);
            TrackKeyConflict(file, fileSource, appSection);
        }

        if (ApplyVariables(host.Environment, options, origins))
        {
            sources.Add("CUSTOMERIO_* variables");
        }

        if (ApplyOptions(command, parse, options, origins))
        {
            sources.Add("options");
        }

        options.RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(command.Timeout));
        options.Deadline = TimeSpan.FromSeconds(parse.GetValue(command.Deadline));
        options.MaxRetries = parse.GetValue(command.Retries);
        options.RetryBaseDelay = TimeSpan.FromSeconds(parse.GetValue(command.RetryDelay));
        options.Customer = parse.GetValue(command.Customer);
        options.MessageIds = (parse.GetValue(command.MessageIds) ?? []).ToList();
        options.TestEventCustomer = parse.GetValue(command.SendTestEvent);
        CredentialDestinations.Check(options, origins, parse.GetValue(command.AllowHosts) ?? []);
        return new ProbeSettings(options, sources, notes);
    }

    private static void Apply(IConfigurationSection section, CustomerIoProbeOptions options, string source, SettingSourceRank rank, SettingOrigins origins, List<string> notes)
    {
        try
        {
            ProbeConfiguration.Apply(section, options);
        }
        catch (InvalidOperationException ex)
        {
            // The library's message names the two keys, never their values.
            throw new UsageException($"{source}: {ex.Message}");
        }

        foreach (var (key, setting) in SectionSettings)
        {
            if (section[key] is not null)
            {
                origins.Set(setting, rank, ConfigurationPath.Combine(section.Path, key), source);
            }
        }

        // Other keys are often the app's own settings, but a misspelt probe key would otherwise be lost without a word.
        var others = section.GetChildren().Select(c => c.Key).Where(k => !Keys.Contains(k)).ToList();
        if (others.Count > 0)
        {
            // A few names show a misspelling; a file with thousands of keys must not flood the terminal.
            var named = string.Join(", ", others.Take(NotedKeys).Select(k => ConfigurationPath.Combine(section.Path, k)));
            var more = others.Count > NotedKeys ? $" and {others.Count - NotedKeys} more" : string.Empty;
            notes.Add($"{source}: not read by the probe: {named}{more} (it reads {KeyList}).");
        }
    }

    // An app reads the file and its variables as one configuration: ApiKey from one and a different TrackApiKey from the
    // other stop it at start-up, so the probe reports them too instead of checking a pair the app would never use.
    private static void TrackKeyConflict(IConfigurationSection? file, string fileSource, IConfigurationSection variables)
    {
        if (file is null)
        {
            return;
        }

        // The variables override the file key by key; a conflict within one source was reported when it was applied.
        (string? Value, string Source) Merged(string key) => variables[key] is { } value ? (value, AppVariables) : (file[key], fileSource);
        var alias = Merged(ProbeConfigurationKeys.ApiKey);
        var track = Merged(ProbeConfigurationKeys.TrackApiKey);
        if (alias.Value is not null && track.Value is not null && !string.Equals(alias.Value, track.Value, StringComparison.Ordinal))
        {
            throw new UsageException(
                $"'{ConfigurationPath.Combine(variables.Path, ProbeConfigurationKeys.ApiKey)}' ({alias.Source}) and '{ConfigurationPath.Combine(variables.Path, ProbeConfigurationKeys.TrackApiKey)}' ({track.Source}) " +
                "are both set, to different values; an app reading both sources stops at start-up. Keep one.");
        }
    }

    // A variable that is set wins even when empty: the config check then says it is empty.
    private static bool ApplyVariables(IReadOnlyDictionary<string, string?> environment, CustomerIoProbeOptions options, SettingOrigins origins)
    {
        var applied = false;
        void Set(string name, string setting, Action<string> set)
        {
            if (environment.GetValueOrDefault(name) is { } value)
            {
                set(value);
                origins.Set(setting, SettingSourceRank.ProbeVariables, name, "CUSTOMERIO_* variables");
                applied = true;
            }
        }

        Set(ProbeEnvironmentVariables.SiteId, nameof(options.SiteId), v => options.SiteId = v);
        Set(ProbeEnvironmentVariables.TrackApiKey, nameof(options.TrackApiKey), v => options.TrackApiKey = v);
        Set(ProbeEnvironmentVariables.AppApiKey, nameof(options.AppApiKey), v => options.AppApiKey = v);
        Set(ProbeEnvironmentVariables.Region, nameof(options.Region), v => options.Region = v);
        Set(ProbeEnvironmentVariables.TrackUrl, nameof(options.TrackUrl), v => options.TrackUrl = v);
        Set(ProbeEnvironmentVariables.AppUrl, nameof(options.AppUrl), v => options.AppUrl = v);
        return applied;
    }

    // An option given on the command line wins over every other source, even when empty.
    private static bool ApplyOptions(ProbeCommand command, ParseResult parse, CustomerIoProbeOptions options, SettingOrigins origins)
    {
        var applied = false;
        void Set(Option<string?> option, string setting, Action<string?> set)
        {
            if (parse.GetResult(option) is { Implicit: false })
            {
                set(parse.GetValue(option));
                origins.Set(setting, SettingSourceRank.Options, option.Name, "the command line");
                applied = true;
            }
        }

        Set(command.SiteId, nameof(options.SiteId), v => options.SiteId = v);
        Set(command.ApiKey, nameof(options.TrackApiKey), v => options.TrackApiKey = v);
        Set(command.AppApiKey, nameof(options.AppApiKey), v => options.AppApiKey = v);
        Set(command.Region, nameof(options.Region), v => options.Region = v);
        Set(command.TrackUrl, nameof(options.TrackUrl), v => options.TrackUrl = v);
        Set(command.AppUrl, nameof(options.AppUrl), v => options.AppUrl = v);
        return applied;
    }
}
