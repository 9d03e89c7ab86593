namespace CioAnalyzers.Model
{
    /// <summary>What a value means to Customer.io once it reaches an API element.</summary>
    internal enum ApiRole
    {
        None = 0,
        CustomerId,
        UnixSeconds,
        Email,
        EventName,
        SiteId,
        TrackApiKey,
        AppApiKey,
        WriteKey,

        /// <summary>An object whose members become attributes or event data (JSON keys decide their roles).</summary>
        AttributeBag,

        /// <summary>A run-time value written into a path segment of a Customer.io URL (the person's or the device's id).</summary>
        PathSegment,

        /// <summary>A raw HTTP request to Customer.io: the sink's value is the call (or message creation) itself.</summary>
        Request,
    }
}
