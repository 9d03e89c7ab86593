namespace CioAnalyzers.Model
{
    /// <summary>
    /// What a value means to Customer.io once it reaches an API element. Each role is defined once, with its wording,
    /// traits and sink shape, in <see cref="RoleRegistry"/>: a new role is a name here and an entry there.
    /// </summary>
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
        AttributeBag,
        EventData,
        Unsubscribed,
        TransactionalEmailRequest,
        TransactionalRequest,
        PathSegment,
        Request,
        LocalTimeDateTime,
        AttributeName,
        AttributeObject,
        AuthorizationHeader,
        EnvelopeFieldName,
        ReturnedResponse,
    }
}
