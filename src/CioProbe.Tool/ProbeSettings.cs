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

    private static readonly HashSet<string> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ProbeConfigurationKeys.SiteId, ProbeConfigurationKeys.ApiKey, ProbeConfigurationKeys.TrackApiKey, ProbeConfigurationKeys.AppApiKey,
        ProbeConfigurationKeys.Region, ProbeConfigurationKeys.TrackUrl, ProbeConfigurationKeys.AppUrl,
    };

    /// <exception cref="UsageException">The file cannot be used, or a section names the Track key twice with different values.</exception>
    public static ProbeSettings Read(ProbeCommand command, ParseResult parse, ProbeHost host)
    {
        var options = new CustomerIoProbeOptions();
        var sources = new List<string>();
        var notes = new List<string>();

        if (parse.GetResult(command.Config) is { Implicit: false })
        {
            var path = parse.GetValue(command.Config) ?? string.Empty;
            var file = ConfigFile.ReadSection(path);
            Apply(file, options, $"--config {path}", notes);
            sources.Add($"{path} ({file.Path})");
        }

        var environment = new ConfigurationBuilder();
        host.AddEnvironmentVariables(environment);
        var appSection = environment.Build().GetSection(ProbeConfigurationKeys.DefaultSection);
        if (appSection.Exists())
        {
            Apply(appSection, options, $"{ProbeConfigurationKeys.DefaultSection}__* variables", notes);
            sources.Add($"{ProbeConfigurationKeys.DefaultSection}__* variables");
        }

        if (ApplyVariables(host.Environment, options))
        {
            sources.Add("CUSTOMERIO_* variables");
        }

        if (ApplyOptions(command, parse, options))
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
        return new ProbeSettings(options, sources, notes);
    }

    private static void Apply(IConfigurationSection section, CustomerIoProbeOptions options, string source, List<string> notes)
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

    // A variable that is set wins even when empty: the config check then says it is empty.
    private static bool ApplyVariables(IReadOnlyDictionary<string, string?> environment, CustomerIoProbeOptions options)
    {
        var applied = false;
        void Set(string name, Action<string> set)
        {
            if (environment.GetValueOrDefault(name) is { } value)
            {
                set(value);
                applied = true;
            }
        }

        Set(ProbeEnvironmentVariables.SiteId, v => options.SiteId = v);
        Set(ProbeEnvironmentVariables.TrackApiKey, v => options.TrackApiKey = v);
        Set(ProbeEnvironmentVariables.AppApiKey, v => options.AppApiKey = v);
        Set(ProbeEnvironmentVariables.Region, v => options.Region = v);
        Set(ProbeEnvironmentVariables.TrackUrl, v => options.TrackUrl = v);
        Set(ProbeEnvironmentVariables.AppUrl, v => options.AppUrl = v);
        return applied;
    }

    // An option given on the command line wins over every other source, even when empty.
    private static bool ApplyOptions(ProbeCommand command, ParseResult parse, CustomerIoProbeOptions options)
    {
        var applied = false;
        void Set(Option<string?> option, Action<string?> set)
        {
            if (parse.GetResult(option) is { Implicit: false })
            {
                set(parse.GetValue(option));
                applied = true;
            }
        }

        Set(command.SiteId, v => options.SiteId = v);
        Set(command.ApiKey, v => options.TrackApiKey = v);
        Set(command.AppApiKey, v => options.AppApiKey = v);
        Set(command.Region, v => options.Region = v);
        Set(command.TrackUrl, v => options.TrackUrl = v);
        Set(command.AppUrl, v => options.AppUrl = v);
        return applied;
    }
}
