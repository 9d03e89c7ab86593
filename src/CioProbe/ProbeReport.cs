namespace CioProbe
{
    /// <summary>The structured result of a probe run. Holds masks, never keys.</summary>
    public sealed class ProbeReport
    {
        internal ProbeReport(IReadOnlyList<CheckResult> checks, bool configurationError, string region, string? trackUrl, string? appUrl, TimeSpan duration)
        {
            Checks = checks;
            ConfigurationError = configurationError;
            Region = region;
            TrackUrl = trackUrl;
            AppUrl = appUrl;
            Duration = duration;
        }

        /// <summary>One result per check id, in the order of <see cref="CheckIds.All"/>.</summary>
        public IReadOnlyList<CheckResult> Checks { get; }

        /// <summary>True when required configuration is missing or invalid, so the live checks could not run.</summary>
        public bool ConfigurationError { get; }

        /// <summary>The configured region (<c>us</c> or <c>eu</c>), as used by the probe.</summary>
        public string Region { get; }

        /// <summary>The Track API base URL used (without any user info), or null when it was invalid.</summary>
        public string? TrackUrl { get; }

        /// <summary>The App API base URL used (without any user info), or null when it was invalid.</summary>
        public string? AppUrl { get; }

        /// <summary>The longest wait an answer asked for with Retry-After; null when none did.</summary>
        internal TimeSpan? RetryAfter { get; init; }

        /// <summary>Wall time of the run.</summary>
        public TimeSpan Duration { get; }

        /// <summary>The result of the check with the given id.</summary>
        public CheckResult this[string id] => Checks.First(c => c.Id == id);

        /// <summary>True when a check failed (or, when <paramref name="strict"/>, warned).</summary>
        public bool HasFailures(bool strict = false) =>
            Checks.Any(c => c.Status == CheckStatus.Fail || (strict && c.Status == CheckStatus.Warn));

        /// <summary>0 when no check failed, 1 when one did, 2 for a configuration error.</summary>
        public int ExitCode(bool strict = false) => ConfigurationError ? 2 : HasFailures(strict) ? 1 : 0;

        /// <summary>How many checks ended with the given status.</summary>
        public int Count(CheckStatus status) => Checks.Count(c => c.Status == status);
    }
}
