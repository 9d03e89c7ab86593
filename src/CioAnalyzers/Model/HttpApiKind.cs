namespace CioAnalyzers.Model
{
    internal enum HttpApiKind
    {
        None = 0,
        Track,
        App,

        /// <summary>The CDP API: Segment-style envelopes with ISO-8601 timestamps.</summary>
        Pipelines,
    }
}
