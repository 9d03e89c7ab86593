namespace CioAnalyzers.Model
{
    /// <summary>The Customer.io endpoints whose payloads have rules of their own; Other for the rest.</summary>
    internal enum HttpEndpoint
    {
        Other = 0,

        /// <summary>Track <c>PUT /api/v1/customers/{identifier}</c>: attributes of a person.</summary>
        Identify,

        /// <summary>Track <c>POST /api/v1/customers/{identifier}/events</c> and <c>POST /api/v1/events</c>.</summary>
        Event,

        /// <summary>App <c>POST /v1/send/email</c>.</summary>
        TransactionalEmail,

        /// <summary>App <c>POST /v1/send/push</c>, <c>/sms</c>, <c>/inbox_message</c>, <c>/in_app</c>.</summary>
        TransactionalOther,

        /// <summary>Track <c>POST /api/v2/entity</c>: one operation on a person or an object.</summary>
        TrackEntity,

        /// <summary>App <c>POST /v1/campaigns/{id}/triggers</c>: an API-triggered broadcast.</summary>
        BroadcastTrigger,
    }
}
