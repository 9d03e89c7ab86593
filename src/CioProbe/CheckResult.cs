namespace CioProbe
{
    /// <summary>The result of one check: a one-line finding and, when there is something to do, the advice.</summary>
    /// <param name="Id">One of <see cref="CheckIds"/>.</param>
    /// <param name="Status">The outcome.</param>
    /// <param name="Message">What was found, in one line.</param>
    /// <param name="Advice">What to do about it, or null when nothing needs doing.</param>
    public sealed record CheckResult(string Id, CheckStatus Status, string Message, string? Advice = null)
    {
        internal static CheckResult Skipped(string id, string why) => new(id, CheckStatus.Skipped, why);
    }
}
