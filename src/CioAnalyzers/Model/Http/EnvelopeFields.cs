using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The fields at the top of a request body that Customer.io reads by their exact snake_case name, per endpoint:
    /// the request's envelope, not a person's attributes. An identify body has none (its top-level keys are attributes).
    /// </summary>
    internal static class EnvelopeFields
    {
        /// <summary>
        /// An event's fields (Track v1): its name, data, time and kind. Its de-duplication <c>id</c> is left out: another
        /// spelling of it is also one of the reserved attribute <c>id</c>, judged with the reserved attributes.
        /// </summary>
        private static readonly ImmutableArray<string> Event = ImmutableArray.Create(
            KnownHttpApi.EventNameKey, KnownHttpApi.EventDataKey, "timestamp", "type");

        /// <summary>An event sent without a person in the path also names its anonymous person.</summary>
        private static readonly ImmutableArray<string> AnonymousEvent = Event.Add("anonymous_id");

        /// <summary>A Track v2 operation: what it acts on, how, and its attributes (an event's name and time).</summary>
        private static readonly ImmutableArray<string> Entity = ImmutableArray.Create(
            "type", KnownHttpApi.IdentifiersObjectKey, "action", "attributes", KnownHttpApi.EventNameKey, "timestamp");

        /// <summary>What every transactional send reads.</summary>
        private static readonly ImmutableArray<string> Transactional = ImmutableArray.Create(
            "transactional_message_id", KnownHttpApi.IdentifiersObjectKey, KnownHttpApi.RecipientKey, "message_data", KnownHttpApi.SendAtKey,
            "disable_message_retention", "send_to_unsubscribed", "queue_draft", "language");

        /// <summary>A transactional email adds its content, sender, copies, tracking and attachments.</summary>
        private static readonly ImmutableArray<string> TransactionalEmail = Transactional.AddRange(ImmutableArray.Create(
            "from", "subject", "body", "plaintext_body", "preheader", "reply_to", "bcc", "cc", "fake_bcc", "tracked", "attachments",
            "headers", "auto_create"));

        /// <summary>Push and the other channels add a push's content.</summary>
        private static readonly ImmutableArray<string> TransactionalOther = Transactional.AddRange(ImmutableArray.Create(
            "title", "message", "image_url", "link", "custom_data", "custom_payload", "sound"));

        /// <summary>An API-triggered broadcast: its data and the ways it names its audience.</summary>
        private static readonly ImmutableArray<string> BroadcastTrigger = ImmutableArray.Create(
            KnownHttpApi.EventDataKey, "recipients", "emails", "ids", "per_user_data", "data_file_url", "id_ignore_missing", "email_ignore_missing",
            "email_add_duplicates");

        /// <summary>The envelope of <paramref name="endpoint"/>'s body; empty for an endpoint whose top-level keys are not an envelope.</summary>
        public static ImmutableArray<string> Of(HttpEndpoint endpoint, bool personInPath) => endpoint switch
        {
            HttpEndpoint.Event => personInPath ? Event : AnonymousEvent,
            HttpEndpoint.TrackEntity => Entity,
            HttpEndpoint.TransactionalEmail => TransactionalEmail,
            HttpEndpoint.TransactionalOther => TransactionalOther,
            HttpEndpoint.BroadcastTrigger => BroadcastTrigger,
            _ => ImmutableArray<string>.Empty,
        };
    }
}
