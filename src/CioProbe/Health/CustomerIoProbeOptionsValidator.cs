using CioProbe.Checks.Config;
using CioProbe.Configuration;
using Microsoft.Extensions.Options;

namespace CioProbe.Health;

/// <summary>
/// Validates one registration's options with the probe's own <c>config</c> check, at start-up: a failing finding
/// (a missing or invalid setting, named as the user set it) stops the app; a warning only degrades the check.
/// </summary>
internal sealed class CustomerIoProbeOptionsValidator : IValidateOptions<CustomerIoProbeOptions>
{
    private readonly string _name;
    private readonly Func<string, string?> _environment;

    public CustomerIoProbeOptionsValidator(string name, Func<string, string?> environment)
    {
        _name = name;
        _environment = environment;
    }

    public ValidateOptionsResult Validate(string? name, CustomerIoProbeOptions options)
    {
        if (!string.Equals(name, _name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        // The config check's findings carry masks at most, never a value.
        var result = ConfigCheck.Run(options).Result;
        if (result.Status != CheckStatus.Fail)
        {
            return ValidateOptionsResult.Success;
        }

        var message = $"Customer.io health check '{_name}': {result.Message}. {result.Advice}";
        return ValidateOptionsResult.Fail(string.Join(" ", new[] { message }.Concat(UnreadVariables(options))));
    }

    // A required setting missing while its CUSTOMERIO_* variable is set: say that the variable is not read here.
    private IEnumerable<string> UnreadVariables(CustomerIoProbeOptions options)
    {
        var names = options.Names;
        if (names.Source is not (SettingSource.Configuration or SettingSource.Code))
        {
            yield break;
        }

        var required = new[]
        {
            (options.SiteId, ProbeEnvironmentVariables.SiteId, names.SiteId),
            (options.TrackApiKey, ProbeEnvironmentVariables.TrackApiKey, names.TrackApiKey),
        };
        foreach (var (value, variable, setting) in required)
        {
            if (string.IsNullOrWhiteSpace(value) && !string.IsNullOrEmpty(_environment(variable)))
            {
                var instead = names.Source == SettingSource.Configuration
                    ? $"set {setting} (the environment variable {setting.Replace(":", "__", StringComparison.Ordinal)} sets it too)"
                    : "set it in the AddCustomerIo callback";
                yield return $"{variable} is set, but this registration does not read CUSTOMERIO_* variables: {instead}, or register with AddCustomerIo() to read them.";
            }
        }
    }
}
