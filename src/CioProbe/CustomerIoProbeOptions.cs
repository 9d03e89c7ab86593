using CioProbe.Configuration;

namespace CioProbe
{
    /// <summary>What the probe checks and how. Values are used as given; the <c>config</c> check reports copy-paste damage.</summary>
    public sealed class CustomerIoProbeOptions
    {
        private string? trackUrl;
        private string? appUrl;

        /// <summary>Workspace site id (<c>CUSTOMERIO_SITE_ID</c>). Required.</summary>
        public string? SiteId { get; set; }

        /// <summary>Track API key (<c>CUSTOMERIO_API_KEY</c>). Required.</summary>
        public string? TrackApiKey { get; set; }

        /// <summary>App API key (<c>CUSTOMERIO_APP_API_KEY</c>). Optional; enables the App API checks.</summary>
        public string? AppApiKey { get; set; }

        /// <summary><c>us</c> or <c>eu</c> (<c>CUSTOMERIO_REGION</c>); empty means <c>us</c>.</summary>
        public string? Region { get; set; }

        /// <summary>Track API base URL override (<c>CUSTOMERIO_TRACK_URL</c>); defaults to the region's host.</summary>
        public string? TrackUrl
        {
            get => trackUrl;
            set
            {
                trackUrl = value;
                Origins?.SetInCode(nameof(TrackUrl));
            }
        }

        /// <summary>App API base URL override (<c>CUSTOMERIO_APP_URL</c>); defaults to the region's host.</summary>
        public string? AppUrl
        {
            get => appUrl;
            set
            {
                appUrl = value;
                Origins?.SetInCode(nameof(AppUrl));
            }
        }

        /// <summary>Time allowed for one HTTP attempt.</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Time allowed for the whole run, retries and <c>Retry-After</c> waits included.</summary>
        public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Retries after a 429, a 5xx or a transient network error. 0 disables retries.</summary>
        public int MaxRetries { get; set; } = 3;

        /// <summary>First backoff delay; later ones grow exponentially, with jitter. A <c>Retry-After</c> header takes precedence.</summary>
        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>
        /// Health check only: how long a Healthy or Degraded result answers every health request before Customer.io is
        /// called again (0 to 1 day). The tool ignores it.
        /// </summary>
        public TimeSpan HealthyCacheDuration { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>
        /// Health check only: how long an Unhealthy result is reused (0 to 1 day); shorter than a healthy one, so a fix shows
        /// sooner. A <c>Retry-After</c> from Customer.io extends it. The tool ignores it.
        /// </summary>
        public TimeSpan UnhealthyCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>When set, the <c>customer</c> check looks this customer up (id, email or <c>cio_</c>-prefixed id).</summary>
        public string? Customer { get; set; }

        /// <summary>Transactional message ids or trigger names the <c>app-credentials</c> check verifies.</summary>
        public IList<string> MessageIds { get; set; } = new List<string>();

        /// <summary>When set, the <c>test-event</c> check identifies this customer and tracks one <c>cio_probe_test</c> event. This writes data.</summary>
        public string? TestEventCustomer { get; set; }

        /// <summary>Options read from the <c>CUSTOMERIO_*</c> variables through <paramref name="lookup"/>.</summary>
        public static CustomerIoProbeOptions FromEnvironment(Func<string, string?> lookup)
        {
            ArgumentNullException.ThrowIfNull(lookup);
            var options = new CustomerIoProbeOptions();
            options.ApplyEnvironment(lookup);
            return options;
        }

        /// <summary>Options read from the process environment.</summary>
        public static CustomerIoProbeOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

        /// <summary>
        /// Where a health check registration's section got each setting; null outside a section registration. A URL set
        /// after it was found (in code: Configure&lt;CustomerIoProbeOptions&gt;) is marked as code's, even to the same value.
        /// </summary>
        internal Health.SectionOrigins? Origins { get; set; }

        /// <summary>How findings name the settings; the tool's names unless a registration says otherwise.</summary>
        internal SettingNames Names { get; set; } = SettingNames.CommandLine;

        /// <summary>Sets the settings named by <c>CUSTOMERIO_*</c> variables, leaving the others as they are.</summary>
        internal void ApplyEnvironment(Func<string, string?> lookup) =>
            ProbeConfiguration.Apply(ProbeVariablesConfigurationSource.Section(lookup), this);

        /// <summary>Takes every public setting of <paramref name="source"/>; <see cref="Names"/> stays this instance's.</summary>
        internal void CopyFrom(CustomerIoProbeOptions source)
        {
            foreach (var setting in ProbeSettingTable.All)
            {
                setting.Set(this, setting.Get(source));
            }

            RequestTimeout = source.RequestTimeout;
            Deadline = source.Deadline;
            MaxRetries = source.MaxRetries;
            RetryBaseDelay = source.RetryBaseDelay;
            HealthyCacheDuration = source.HealthyCacheDuration;
            UnhealthyCacheDuration = source.UnhealthyCacheDuration;
            Customer = source.Customer;
            MessageIds = new List<string>(source.MessageIds);
            TestEventCustomer = source.TestEventCustomer;
        }

        internal CustomerIoProbeOptions Clone()
        {
            var copy = (CustomerIoProbeOptions)MemberwiseClone();
            copy.MessageIds = new List<string>(MessageIds);
            return copy;
        }
    }
}
