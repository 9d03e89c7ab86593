using CioAnalyzers.Model;
using Xunit;

namespace CioAnalyzers.Tests.Model
{
    /// <summary>The endpoints whose payloads have rules of their own, read from absolute and relative paths.</summary>
    public class KnownHttpEndpointsTests
    {
        [Theory]
        [InlineData(nameof(HttpApiKind.Track), "/api/v1/customers/u1", nameof(HttpEndpoint.Identify))]
        [InlineData(nameof(HttpApiKind.Track), "customers/u1/", nameof(HttpEndpoint.Identify))]
        [InlineData(nameof(HttpApiKind.Track), "/api/v1/customers/u1/events", nameof(HttpEndpoint.Event))]
        [InlineData(nameof(HttpApiKind.Track), "/api/v1/events", nameof(HttpEndpoint.Event))]
        [InlineData(nameof(HttpApiKind.Track), "events", nameof(HttpEndpoint.Event))]
        [InlineData(nameof(HttpApiKind.App), "/v1/send/email", nameof(HttpEndpoint.TransactionalEmail))]
        [InlineData(nameof(HttpApiKind.App), "send/sms", nameof(HttpEndpoint.TransactionalOther))]
        [InlineData(nameof(HttpApiKind.App), "/v1/send/in_app", nameof(HttpEndpoint.TransactionalOther))]
        [InlineData(nameof(HttpApiKind.Track), "/api/v2/entity", nameof(HttpEndpoint.TrackEntity))]
        [InlineData(nameof(HttpApiKind.Track), "entity", nameof(HttpEndpoint.TrackEntity))]
        [InlineData(nameof(HttpApiKind.Track), "/api/v2/batch", nameof(HttpEndpoint.Other))]
        [InlineData(nameof(HttpApiKind.App), "/api/v2/entity", nameof(HttpEndpoint.Other))]
        [InlineData(nameof(HttpApiKind.App), "/v1/campaigns/12/triggers", nameof(HttpEndpoint.BroadcastTrigger))]
        [InlineData(nameof(HttpApiKind.App), "campaigns/12/triggers", nameof(HttpEndpoint.BroadcastTrigger))]
        [InlineData(nameof(HttpApiKind.App), "/v1/campaigns//triggers", nameof(HttpEndpoint.Other))]
        [InlineData(nameof(HttpApiKind.Track), "/api/v1/campaigns/12/triggers", nameof(HttpEndpoint.Other))]
        [InlineData(nameof(HttpApiKind.Track), "/api/v1/customers//events", nameof(HttpEndpoint.Other))]
        [InlineData(nameof(HttpApiKind.Track), "/api/v1/customers/u1/devices", nameof(HttpEndpoint.Other))]
        [InlineData(nameof(HttpApiKind.Track), "/v1/send/email", nameof(HttpEndpoint.Other))]
        [InlineData(nameof(HttpApiKind.App), "/v1/customers/u1", nameof(HttpEndpoint.Other))]
        [InlineData(nameof(HttpApiKind.Pipelines), "/v1/track", nameof(HttpEndpoint.Other))]
        public void EndpointOfAPath(string api, string path, string expected)
            => Assert.Equal(expected, KnownHttpEndpoints.Of((HttpApiKind)System.Enum.Parse(typeof(HttpApiKind), api), path.Split('/')).ToString());
    }
}
