namespace CioAnalyzers.Model
{
    /// <summary>
    /// Customer.io's HTTP APIs. The order matters where a type names several hosts: the highest wins, Pipelines first
    /// because its ISO timestamps make it the cautious answer.
    /// </summary>
    internal enum HttpApiKind
    {
        None = 0,
        App = 1,
        Track = 2,

        /// <summary>The CDP API: Segment-style envelopes with ISO-8601 timestamps.</summary>
        Pipelines = 3,
    }
}
