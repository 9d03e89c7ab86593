namespace CioProbe.Checks.Config
{
    /// <summary>
    /// The ranges of the timing and retry options, shared by the <c>config</c> check and the tool's option validators,
    /// so a value the command line accepts is one the library accepts.
    /// </summary>
    internal static class ProbeLimitRanges
    {
        public static TimeRange RequestTimeout { get; } = new(TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1));

        public static TimeRange Deadline { get; } = new(TimeSpan.Zero, TimeSpan.FromDays(1), MinimumExcluded: true);

        public static TimeRange RetryBaseDelay { get; } = new(TimeSpan.Zero, TimeSpan.FromMinutes(1));

        /// <summary>Both health check cache durations.</summary>
        public static TimeRange CacheDuration { get; } = new(TimeSpan.Zero, TimeSpan.FromDays(1));

        public static CountRange MaxRetries { get; } = new(0, 10);
    }

    /// <summary>A range of durations, from <paramref name="Minimum"/> (or just above it) to <paramref name="Maximum"/>.</summary>
    internal sealed record TimeRange(TimeSpan Minimum, TimeSpan Maximum, bool MinimumExcluded = false)
    {
        public bool Contains(TimeSpan value) => (MinimumExcluded ? value > Minimum : value >= Minimum) && value <= Maximum;

        /// <summary>A number of seconds, as the command line gives it; false for NaN.</summary>
        public bool ContainsSeconds(double seconds) =>
            (MinimumExcluded ? seconds > Minimum.TotalSeconds : seconds >= Minimum.TotalSeconds) && seconds <= Maximum.TotalSeconds;
    }

    /// <summary>A range of counts, both ends included.</summary>
    internal sealed record CountRange(int Minimum, int Maximum)
    {
        public bool Contains(int value) => value >= Minimum && value <= Maximum;
    }
}
