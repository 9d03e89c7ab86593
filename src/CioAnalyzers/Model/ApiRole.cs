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

        /// <summary>An event's data: a JSON object whose members are also read as attributes (see <see cref="AttributeBag"/>).</summary>
        EventData,

        /// <summary>The person's <c>unsubscribed</c> attribute: a boolean.</summary>
        Unsubscribed,

        /// <summary>A whole transactional email request: its identifiers, recipients and schedule are judged together.</summary>
        TransactionalEmailRequest,

        /// <summary>A whole transactional push, SMS, inbox or in-app request.</summary>
        TransactionalRequest,
        /// <summary>A run-time value written into a path segment of a Customer.io URL (the person's or the device's id).</summary>
        PathSegment,
        /// <summary>A raw HTTP request to Customer.io: the sink's value is the call (or message creation) itself.</summary>
        Request,
        /// <summary>A DateTime the library converts against a local-time epoch: it must be of local kind.</summary>
        LocalTimeDateTime,
        /// <summary>A JSON key that names an attribute of the person (the key itself, not its value).</summary>
        AttributeName,
        /// <summary>An object the library sends whole: its public properties are attributes, named by the library's serialiser.</summary>
        AttributeObject,
    }
}
