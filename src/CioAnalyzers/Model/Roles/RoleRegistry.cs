using System;
using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// Every role, defined once: its wording in messages, its traits, how a sink of it is read from an argument and,
    /// for the roles a wrapper file may give, its name and meaning there (docs/configuration.md's role table is written
    /// from these entries). The model's data (library members, JSON keys) says which element has which role; rules ask
    /// traits, never a list of roles.
    /// </summary>
    internal static class RoleRegistry
    {
        private const RoleTraits Credential = RoleTraits.Credential | RoleTraits.Configurable;

        /// <summary>Every role but <see cref="ApiRole.None"/>, in the enum's order (the order of the docs table).</summary>
        public static ImmutableArray<RoleDefinition> All { get; } = ImmutableArray.Create(
            new RoleDefinition(ApiRole.CustomerId, "customer identifier", RoleTraits.Configurable,
                ConfigName: "customer-id", ConfigMeaning: "the person's identifier"),
            new RoleDefinition(ApiRole.UnixSeconds, "Unix-seconds timestamp", RoleTraits.Configurable,
                ConfigName: "unix-seconds", ConfigMeaning: "a timestamp Customer.io reads as Unix seconds"),
            new RoleDefinition(ApiRole.Email, "email", RoleTraits.Configurable,
                ConfigName: "email", ConfigMeaning: "an email address"),
            new RoleDefinition(ApiRole.EventName, "event name", RoleTraits.Configurable,
                ConfigName: "event-name", ConfigMeaning: "an event name"),
            new RoleDefinition(ApiRole.SiteId, "site id", Credential,
                ConfigName: "site-id", ConfigMeaning: "a credential: the workspace's site id"),
            new RoleDefinition(ApiRole.TrackApiKey, "Track API key", Credential,
                ConfigName: "track-api-key", ConfigMeaning: "a credential: a Track API key"),
            new RoleDefinition(ApiRole.AppApiKey, "App API key", Credential,
                ConfigName: "app-api-key", ConfigMeaning: "a credential: an App API key"),
            new RoleDefinition(ApiRole.WriteKey, "write key", Credential,
                ConfigName: "write-key", ConfigMeaning: "a credential: a Data Pipelines write key"),
            new RoleDefinition(ApiRole.AttributeBag, "attributes", RoleTraits.Payload | RoleTraits.Configurable, RoleSinkShape.PayloadMembers,
                ConfigName: "attributes", ConfigMeaning: "an object whose members are sent as attributes (their JSON keys decide their roles)"),
            new RoleDefinition(ApiRole.EventData, "event data", RoleTraits.Payload | RoleTraits.Configurable, RoleSinkShape.ValueAndPayloadMembers,
                ConfigName: "event-data", ConfigMeaning: "an event's data, which must be an object; its members are read like `attributes`",
                PayloadKey: KnownHttpApi.EventDataKey),
            new RoleDefinition(ApiRole.Unsubscribed, "unsubscribed attribute"),
            new RoleDefinition(ApiRole.TransactionalEmailRequest, "transactional email request", RoleTraits.TransactionalRequest),
            new RoleDefinition(ApiRole.TransactionalRequest, "transactional request", RoleTraits.TransactionalRequest),
            new RoleDefinition(ApiRole.PathSegment, "URL path segment"),
            new RoleDefinition(ApiRole.Request, "request"),
            new RoleDefinition(ApiRole.LocalTimeDateTime, "local-time DateTime"),
            new RoleDefinition(ApiRole.AttributeName, "attribute name"),
            new RoleDefinition(ApiRole.AttributeObject, "attributes", SinkShape: RoleSinkShape.SerializedTypeKeys),
            new RoleDefinition(ApiRole.AuthorizationHeader, "Authorization header"),
            new RoleDefinition(ApiRole.EnvelopeFieldName, "request field name"),
            new RoleDefinition(ApiRole.ReturnedResponse, "response a method returns"));

        private static readonly RoleDefinition NoRole = new(ApiRole.None, "value");

        private static readonly ImmutableArray<RoleDefinition> ByRole = Index();

        /// <summary>The roles a wrapper file may give, in registry order.</summary>
        public static ImmutableArray<RoleDefinition> Configurable { get; } = All.RemoveAll(d => !d.Has(RoleTraits.Configurable));

        /// <summary>The definition of <paramref name="role"/>: a lookup by the enum's value.</summary>
        public static RoleDefinition Of(ApiRole role)
            => (int)role > 0 && (int)role < ByRole.Length ? ByRole[(int)role] : NoRole;

        public static bool TryParseConfigName(string text, out ApiRole role)
        {
            foreach (var definition in Configurable)
            {
                if (string.Equals(definition.ConfigName, text, StringComparison.Ordinal))
                {
                    role = definition.Role;
                    return true;
                }
            }

            role = ApiRole.None;
            return false;
        }

        private static ImmutableArray<RoleDefinition> Index()
        {
            var values = (ApiRole[])Enum.GetValues(typeof(ApiRole));
            var byRole = new RoleDefinition[values.Length];
            byRole[0] = NoRole;
            foreach (var definition in All)
            {
                byRole[(int)definition.Role] = definition;
            }

            // A role without an entry reads as "no role" rather than failing in an analyzer; a test keeps every role defined.
            for (var i = 0; i < byRole.Length; i++)
            {
                byRole[i] ??= NoRole;
            }

            return ImmutableArray.Create(byRole);
        }
    }
}
