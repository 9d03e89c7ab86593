namespace CioProbe.Checks.Config
{
    /// <summary>The timing and retry options (<see cref="ProbeLimitRanges"/>). In-process callers set these directly; the resilience pipeline rejects values outside its ranges.</summary>
    internal static class ProbeLimits
    {
        public static void Check(CustomerIoProbeOptions options, ConfigFindings findings)
        {
            var problems = new List<string>();
            if (!ProbeLimitRanges.RequestTimeout.Contains(options.RequestTimeout))
            {
                problems.Add("RequestTimeout must be between 10 ms and 1 hour");
            }

            if (!ProbeLimitRanges.Deadline.Contains(options.Deadline))
            {
                problems.Add("Deadline must be positive and at most 1 day");
            }

            if (!ProbeLimitRanges.MaxRetries.Contains(options.MaxRetries))
            {
                problems.Add("MaxRetries must be between 0 and 10");
            }

            if (!ProbeLimitRanges.RetryBaseDelay.Contains(options.RetryBaseDelay))
            {
                problems.Add("RetryBaseDelay must be between 0 and 1 minute");
            }

            if (!ProbeLimitRanges.CacheDuration.Contains(options.HealthyCacheDuration) || !ProbeLimitRanges.CacheDuration.Contains(options.UnhealthyCacheDuration))
            {
                problems.Add("HealthyCacheDuration and UnhealthyCacheDuration must be between 0 and 1 day");
            }

            if (problems.Count > 0)
            {
                findings.Block(string.Join("; ", problems), $"Fix the probe options ({options.Names.RequestTimeout}, {options.Names.Deadline}, {options.Names.MaxRetries}, {options.Names.RetryBaseDelay}).");
            }
        }
    }
}
