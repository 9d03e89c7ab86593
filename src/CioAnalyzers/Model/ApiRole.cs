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

        /// <summary>A DateTime the library converts against a local-time epoch: it must be of local kind.</summary>
        LocalTimeDateTime,

        /// <summary>A JSON key that names an attribute of the person (the key itself, not its value).</summary>
        AttributeName,

        /// <summary>An object the library sends whole: its public properties are attributes, named by the library's serialiser.</summary>
        AttributeObject,
    }
}
