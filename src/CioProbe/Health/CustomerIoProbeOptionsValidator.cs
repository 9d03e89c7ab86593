using CioProbe.Checks.Config;
using CioProbe.Configuration;
using CioProbe.Reporting;
using CioProbe.Secrets;
using Microsoft.Extensions.Options;

namespace CioProbe.Health
{
    /// <summary>
    /// Validates one registration's options with the probe's own <c>config</c> check, at start-up: a failing finding
    /// (a missing or invalid setting, named as the user set it) stops the app; a warning only degrades the check.
    /// </summary>
    internal sealed class CustomerIoProbeOptionsValidator : IValidateOptions<CustomerIoProbeOptions>
    {
        private readonly string name;
        private readonly Func<string, string?> environment;

        public CustomerIoProbeOptionsValidator(string name, Func<string, string?> environment)
        {
            this.name = name;
            this.environment = environment;
        }

        public ValidateOptionsResult Validate(string? name, CustomerIoProbeOptions options)
        {
            if (!string.Equals(name, this.name, StringComparison.Ordinal))
            {
                return ValidateOptionsResult.Skip;
            }

            // The config check's findings carry masks at most, never a value; the destination problem names settings and sources.
            var result = ConfigCheck.Run(options).Result;
            var destination = options.Origins?.Problem(options);
            if (result.Status != CheckStatus.Fail && destination is null)
            {
                return ValidateOptionsResult.Success;
            }

            var messages = new List<string>();
            if (result.Status == CheckStatus.Fail)
            {
                messages.Add($"Customer.io health check '{this.name}': {result.Message}. {result.Advice}");
                messages.AddRange(UnreadVariables(options));
            }

            if (destination is not null)
            {
                messages.Add($"Customer.io health check '{this.name}': {destination}. Set the URL in the configuration source that holds the credentials (or one added after it), or in code.");
            }

            // Redacted as the probe's reports are, should a finding ever quote more than a mask.
            var safe = new SafeText(SecretRedactor.For(options));
            return ValidateOptionsResult.Fail(safe.Of(string.Join(" ", messages)));
        }

        // A required setting missing while its CUSTOMERIO_* variable is set: say that the variable is not read here.
        private IEnumerable<string> UnreadVariables(CustomerIoProbeOptions options)
        {
            var names = options.Names;
            if (names.Source is not (SettingSource.Configuration or SettingSource.Code))
            {
                yield break;
            }

            foreach (var required in ProbeSettingTable.All.Where(s => s.IsRequired))
            {
                var (variable, setting) = (required.Variable, names.Of(required));
                if (string.IsNullOrWhiteSpace(required.Get(options)) && !string.IsNullOrEmpty(this.environment(variable)))
                {
                    var instead = names.Source == SettingSource.Configuration
                        ? $"set {setting} (the environment variable {setting.Replace(":", "__", StringComparison.Ordinal)} sets it too)"
                        : "set it in the AddCustomerIo callback";
                    yield return $"{variable} is set, but this registration does not read CUSTOMERIO_* variables: {instead}, or register with AddCustomerIo() to read them.";
                }
            }
        }
    }
}
