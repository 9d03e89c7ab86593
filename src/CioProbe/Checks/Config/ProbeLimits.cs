namespace CioProbe.Checks.Config;

/// <summary>The timing and retry options. In-process callers set these directly; the resilience pipeline rejects values outside its ranges.</summary>
internal static class ProbeLimits
{
    public static void Check(CustomerIoProbeOptions options, ConfigFindings findings)
    {
        var problems = new List<string>();
        if (options.RequestTimeout < TimeSpan.FromMilliseconds(10) || options.RequestTimeout > TimeSpan.FromHours(1))
        {
            problems.Add("RequestTimeout must be between 10 ms and 1 hour");
        }

        if (options.Deadline <= TimeSpan.Zero || options.Deadline > TimeSpan.FromDays(1))
        {
            problems.Add("Deadline must be positive and at most 1 day");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            problems.Add("MaxRetries must be between 0 and 10");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > TimeSpan.FromMinutes(1))
        {
            problems.Add("RetryBaseDelay must be between 0 and 1 minute");
        }

        if (options.HealthyCacheDuration < TimeSpan.Zero || options.HealthyCacheDuration > TimeSpan.FromDays(1)
            || options.UnhealthyCacheDuration < TimeSpan.Zero || options.UnhealthyCacheDuration > TimeSpan.FromDays(1))
        {
            problems.Add("HealthyCacheDuration and UnhealthyCacheDuration must be between 0 and 1 day");
        }

        if (problems.Count > 0)
        {
            findings.Block(string.Join("; ", problems), $"Fix the probe options ({options.Names.RequestTimeout}, {options.Names.Deadline}, {options.Names.MaxRetries}, {options.Names.RetryBaseDelay}).");
        }
    }
}
