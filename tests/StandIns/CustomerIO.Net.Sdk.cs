// Stand-in for CustomerIO.Net.Sdk (unofficial .NET SDK for the Customer.io Track, App and Pipelines APIs)
// Repository : https://github.com/bensmind/CustomerIO.Net.Sdk
// Commit     : 3ecab7b5c187ddf3ca0eb2e5245fe08f32acd1ab (2026-04-22 12:47:58 -0500, "reorder readme.md"; newest commit available)
// Version    : no <Version> in the .csproj and no tags/NuGet package metadata in the repo -> default 1.0.0
// Assembly   : CustomerIO.Net.Sdk (from src/CustomerIO.Net.Sdk/CustomerIO.Net.Sdk.csproj; no AssemblyName override)
// Target     : net10.0 (Nullable enable, ImplicitUsings enable -> explicit usings below)
// Public surface only; method bodies are `=> throw null!;`. Doc comments removed.
// Not mirrored: internal ctors `(XxxApiOptions options, HttpClient httpClient)` of the three clients and
// private BuildBaseRequest helpers. There are no DI registration extensions in the library.
// Each `// src/...` comment below names the library file the following block was copied from.
// Protected members of BaseApiClient<TOptions> (fields, ctors, BuildBasicAuthRequest/BuildBearerAuthRequest) are mirrored
// because the clients are not sealed. Checked by building the real library at this commit and comparing public/protected
// members, attributes and nullability by reflection: identical apart from the compiler-added [DebuggerStepThrough] on async methods.
// Request bodies go out via System.Net.Http.Json.JsonContent.Create(request) (JsonSerializerDefaults.Web; nulls are NOT omitted).
#nullable enable

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

// src/CustomerIO.Net.Sdk/Shared/BaseApiClient.cs
namespace CustomerIO.Net.Sdk.Shared
{
    public abstract class BaseApiClient<TOptions>(TOptions options, HttpClient httpClient) where TOptions : BaseApiOptions
    {
        protected readonly TOptions _options = options;
        protected readonly HttpClient _client = httpClient;

        protected BaseApiClient(TOptions options) : this(options, null!) => throw null!;

        protected HttpRequestMessage BuildBasicAuthRequest(HttpMethod method, string endpoint) => throw null!;

        protected HttpRequestMessage BuildBearerAuthRequest(HttpMethod method, string endpoint) => throw null!;
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/CustomerIOTrackApiClient*.cs
namespace CustomerIO.Net.Sdk.TrackApi
{
    using CustomerIO.Net.Sdk.Shared;
    using CustomerIO.Net.Sdk.TrackApi.Models.AccountRegion;
    using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
    using CustomerIO.Net.Sdk.TrackApi.Models.Event;
    using CustomerIO.Net.Sdk.TrackApi.Models.Form;
    using CustomerIO.Net.Sdk.TrackApi.Models.Segment;

    public partial class CustomerIOTrackApiClient : BaseApiClient<TrackApiOptions>, ICustomerIOTrackApiClient
    {
        public CustomerIOTrackApiClient(string apiKey) : base(null!) => throw null!;
        public CustomerIOTrackApiClient(TrackApiOptions options) : base(options) => throw null!;

        // Account Region
        public Task<AccountRegionResponse> GetAccountRegionAsync(CancellationToken cancellationToken = default) => throw null!;

        // Customers
        public Task IdentifyCustomerAsync(string identifier, IdentifyCustomerRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task DeleteCustomerAsync(string identifier, CancellationToken cancellationToken = default) => throw null!;
        public Task AddOrUpdateDeviceAsync(string identifier, AddDeviceRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task DeleteDeviceAsync(string identifier, string deviceId, CancellationToken cancellationToken = default) => throw null!;
        public Task SuppressCustomerAsync(string identifier, CancellationToken cancellationToken = default) => throw null!;
        public Task UnsuppressCustomerAsync(string identifier, CancellationToken cancellationToken = default) => throw null!;
        public Task UnsubscribeAsync(string deliveryId, UnsubscribeRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task MergeCustomersAsync(MergeCustomersRequest request, CancellationToken cancellationToken = default) => throw null!;

        // Events
        public Task TrackEventAsync(string identifier, TrackEventRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task TrackAnonymousEventAsync(TrackAnonymousEventRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task ReportMetricsAsync(MetricsRequest request, CancellationToken cancellationToken = default) => throw null!;
        [Obsolete("Use ReportMetricsAsync instead.")]
        public Task ReportPushMetricsAsync(PushMetricsRequest request, CancellationToken cancellationToken = default) => throw null!;

        // Segments
        public Task AddCustomersToSegmentAsync(int segmentId, SegmentMembersRequest request, string? idType = null, CancellationToken cancellationToken = default) => throw null!;
        public Task RemoveCustomersFromSegmentAsync(int segmentId, SegmentMembersRequest request, string? idType = null, CancellationToken cancellationToken = default) => throw null!;

        // Forms
        public Task SubmitFormAsync(string formId, FormSubmitRequest request, CancellationToken cancellationToken = default) => throw null!;
    }
}

// src/CustomerIO.Net.Sdk/AppApi/CustomerIOAppApiClient*.cs
namespace CustomerIO.Net.Sdk.AppApi
{
    using CustomerIO.Net.Sdk.Shared;
    using CustomerIO.Net.Sdk.AppApi.Models.Broadcast;
    using CustomerIO.Net.Sdk.AppApi.Models.Campaign;
    using CustomerIO.Net.Sdk.AppApi.Models.Collection;
    using CustomerIO.Net.Sdk.AppApi.Models.Customer;
    using CustomerIO.Net.Sdk.AppApi.Models.Export;
    using CustomerIO.Net.Sdk.AppApi.Models.Message;
    using CustomerIO.Net.Sdk.AppApi.Models.Newsletter;
    using CustomerIO.Net.Sdk.AppApi.Models.ReportingWebhook;
    using CustomerIO.Net.Sdk.AppApi.Models.Segment;
    using CustomerIO.Net.Sdk.AppApi.Models.SenderIdentity;
    using CustomerIO.Net.Sdk.AppApi.Models.Snippet;
    using CustomerIO.Net.Sdk.AppApi.Models.TransactionalMessage;
    using CustomerIO.Net.Sdk.AppApi.Models.Transactional;

    public partial class CustomerIOAppApiClient : BaseApiClient<AppApiOptions>, ICustomerIOAppApiClient
    {
        public CustomerIOAppApiClient(string apiKey) : base(null!) => throw null!;
        public CustomerIOAppApiClient(AppApiOptions options) : base(options) => throw null!;

        // Send Messages
        public Task<TransactionalDeliveryResponse> SendEmailAsync(SendEmailRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<TransactionalDeliveryResponse> SendPushAsync(SendPushRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<TransactionalDeliveryResponse> SendSmsAsync(SendSmsRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<TransactionalDeliveryResponse> SendInboxMessageAsync(SendInboxMessageRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<TriggerBroadcastResponse> TriggerBroadcastAsync(int broadcastId, TriggerBroadcastRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<NewsletterResponse> SendNewsletterAsync(int newsletterId, SendNewsletterRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<NewsletterResponse> ScheduleNewsletterAsync(int newsletterId, ScheduleNewsletterRequest request, CancellationToken cancellationToken = default) => throw null!;

        // Campaigns
        public Task<CampaignsResponse> ListCampaignsAsync(string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<CampaignResponse> GetCampaignAsync(int campaignId, CancellationToken cancellationToken = default) => throw null!;
        public Task<CampaignMetricsResponse> GetCampaignMetricsAsync(int campaignId, CancellationToken cancellationToken = default) => throw null!;
        public Task<CampaignMessagesResponse> GetCampaignMessagesAsync(int campaignId, string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<CampaignActionsResponse> ListCampaignActionsAsync(int campaignId, string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<CampaignActionResponse> GetCampaignActionAsync(int campaignId, string actionId, CancellationToken cancellationToken = default) => throw null!;
        public Task<CampaignActionResponse> UpdateCampaignActionAsync(int campaignId, string actionId, UpdateCampaignActionRequest request, CancellationToken cancellationToken = default) => throw null!;

        // API-triggered Broadcasts
        public Task<BroadcastsResponse> ListBroadcastsAsync(string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<BroadcastResponse> GetBroadcastAsync(int broadcastId, CancellationToken cancellationToken = default) => throw null!;
        public Task<BroadcastMetricsResponse> GetBroadcastMetricsAsync(int broadcastId, CancellationToken cancellationToken = default) => throw null!;
        public Task<BroadcastMessagesResponse> GetBroadcastMessagesAsync(int broadcastId, string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<BroadcastTriggersResponse> ListBroadcastTriggersAsync(int broadcastId, string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<BroadcastTriggerDetailResponse> GetBroadcastTriggerAsync(int broadcastId, int triggerId, CancellationToken cancellationToken = default) => throw null!;
        public Task<BroadcastTriggerErrorsResponse> GetBroadcastTriggerErrorsAsync(int broadcastId, int triggerId, CancellationToken cancellationToken = default) => throw null!;

        // Transactional Messages
        public Task<TransactionalMessagesResponse> ListTransactionalMessagesAsync(string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<TransactionalMessageDetailResponse> GetTransactionalMessageAsync(int transactionalId, CancellationToken cancellationToken = default) => throw null!;
        public Task<TransactionalMessageMetricsResponse> GetTransactionalMessageMetricsAsync(int transactionalId, CancellationToken cancellationToken = default) => throw null!;
        public Task<TransactionalMessageDeliveriesResponse> GetTransactionalMessageDeliveriesAsync(int transactionalId, string? next = null, CancellationToken cancellationToken = default) => throw null!;

        // Newsletters
        public Task<NewslettersResponse> ListNewslettersAsync(string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<NewsletterResponse> CreateNewsletterAsync(CreateNewsletterRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<NewsletterResponse> GetNewsletterAsync(int newsletterId, CancellationToken cancellationToken = default) => throw null!;
        public Task DeleteNewsletterAsync(int newsletterId, CancellationToken cancellationToken = default) => throw null!;
        public Task<NewsletterMetricsResponse> GetNewsletterMetricsAsync(int newsletterId, CancellationToken cancellationToken = default) => throw null!;
        public Task<NewsletterMessagesResponse> GetNewsletterMessagesAsync(int newsletterId, string? next = null, CancellationToken cancellationToken = default) => throw null!;

        // Customers
        public Task<CustomerAttributesResponse> GetCustomerAttributesAsync(string customerId, CancellationToken cancellationToken = default) => throw null!;
        public Task<CustomerSegmentsResponse> GetCustomerSegmentsAsync(string customerId, CancellationToken cancellationToken = default) => throw null!;
        public Task<CustomerMessagesResponse> GetCustomerMessagesAsync(string customerId, string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<CustomerActivitiesResponse> GetCustomerActivitiesAsync(string customerId, string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<CustomerSearchResponse> SearchCustomersAsync(CustomerSearchRequest request, string? next = null, CancellationToken cancellationToken = default) => throw null!;

        // Segments
        public Task<SegmentResponse> CreateSegmentAsync(CreateSegmentRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<SegmentsResponse> ListSegmentsAsync(string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<SegmentResponse> GetSegmentAsync(int segmentId, CancellationToken cancellationToken = default) => throw null!;
        public Task DeleteSegmentAsync(int segmentId, CancellationToken cancellationToken = default) => throw null!;
        public Task<SegmentCustomerCountResponse> GetSegmentCustomerCountAsync(int segmentId, CancellationToken cancellationToken = default) => throw null!;
        public Task<SegmentMembershipResponse> GetSegmentMembershipAsync(int segmentId, string? next = null, CancellationToken cancellationToken = default) => throw null!;

        // Messages
        public Task<MessagesResponse> ListMessagesAsync(string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<MessageDetailResponse> GetMessageAsync(string messageId, CancellationToken cancellationToken = default) => throw null!;

        // Exports
        public Task<ExportsResponse> ListExportsAsync(string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<ExportDetailResponse> GetExportAsync(int exportId, CancellationToken cancellationToken = default) => throw null!;
        public Task<ExportDownloadResponse> GetExportDownloadUrlAsync(int exportId, CancellationToken cancellationToken = default) => throw null!;
        public Task<ExportDetailResponse> ExportCustomersAsync(ExportCustomersRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<ExportDetailResponse> ExportDeliveriesAsync(ExportDeliveriesRequest request, CancellationToken cancellationToken = default) => throw null!;

        // Snippets
        public Task<SnippetsResponse> ListSnippetsAsync(CancellationToken cancellationToken = default) => throw null!;
        public Task<SnippetDetail> CreateSnippetAsync(CreateSnippetRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<SnippetDetail> UpdateSnippetAsync(UpdateSnippetRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task DeleteSnippetAsync(string snippetName, CancellationToken cancellationToken = default) => throw null!;

        // Collections
        public Task<CollectionsResponse> ListCollectionsAsync(string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<CollectionDetailResponse> CreateCollectionAsync(CreateCollectionRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<CollectionDetailResponse> GetCollectionAsync(int collectionId, CancellationToken cancellationToken = default) => throw null!;
        public Task DeleteCollectionAsync(int collectionId, CancellationToken cancellationToken = default) => throw null!;
        public Task<CollectionDetailResponse> UpdateCollectionAsync(int collectionId, UpdateCollectionRequest request, CancellationToken cancellationToken = default) => throw null!;

        // Reporting Webhooks
        public Task<ReportingWebhooksResponse> ListReportingWebhooksAsync(CancellationToken cancellationToken = default) => throw null!;
        public Task<ReportingWebhookDetailResponse> CreateReportingWebhookAsync(CreateReportingWebhookRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task<ReportingWebhookDetailResponse> GetReportingWebhookAsync(int webhookId, CancellationToken cancellationToken = default) => throw null!;
        public Task<ReportingWebhookDetailResponse> UpdateReportingWebhookAsync(int webhookId, UpdateReportingWebhookRequest request, CancellationToken cancellationToken = default) => throw null!;
        public Task DeleteReportingWebhookAsync(int webhookId, CancellationToken cancellationToken = default) => throw null!;

        // Sender Identities
        public Task<SenderIdentitiesResponse> ListSenderIdentitiesAsync(string? next = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<SenderIdentityDetailResponse> GetSenderIdentityAsync(int senderId, CancellationToken cancellationToken = default) => throw null!;
    }
}

// src/CustomerIO.Net.Sdk/PipelinesApi/CustomerIOPipelinesApi.cs, CustomerIOPipelinesApiClient.Calls.cs
namespace CustomerIO.Net.Sdk.PipelinesApi
{
    using CustomerIO.Net.Sdk.Shared;
    using CustomerIO.Net.Sdk.PipelinesApi.Models;

    public partial class CustomerIOPipelinesApiClient : BaseApiClient<PipelinesApiOptions>, ICustomerIOPipelinesApiClient
    {
        public CustomerIOPipelinesApiClient(string apiKey) : base(null!) => throw null!;
        public CustomerIOPipelinesApiClient(PipelinesApiOptions options) : base(options) => throw null!;

        public Task IdentifyAsync(IdentifyRequest request, bool strictMode = false, CancellationToken cancellationToken = default) => throw null!;

        public Task TrackAsync(TrackRequest request, bool strictMode = false, CancellationToken cancellationToken = default) => throw null!;

        public Task PageAsync(PageRequest request, bool strictMode = false, CancellationToken cancellationToken = default) => throw null!;

        public Task ScreenAsync(ScreenRequest request, bool strictMode = false, CancellationToken cancellationToken = default) => throw null!;

        public Task GroupAsync(GroupRequest request, bool strictMode = false, CancellationToken cancellationToken = default) => throw null!;

        public Task AliasAsync(AliasRequest request, bool strictMode = false, CancellationToken cancellationToken = default) => throw null!;

        public Task BatchAsync(BatchRequest request, bool strictMode = false, CancellationToken cancellationToken = default) => throw null!;
    }
}


// src/CustomerIO.Net.Sdk/AppApi/AppApiOptions.cs
namespace CustomerIO.Net.Sdk.AppApi
{
    using CustomerIO.Net.Sdk.Shared;

    public class AppApiOptions : BaseApiOptions
    {
        public override string Host { get; set; } = AppApiHosts.US;
    }

    public class AppApiHosts
    {
        public const string US = "https://api.customer.io";
        public const string EU = "https://api-eu.customer.io";
    }
}

// src/CustomerIO.Net.Sdk/AppApi/ICustomerIOAppApiClient.cs
namespace CustomerIO.Net.Sdk.AppApi
{
    using CustomerIO.Net.Sdk.AppApi.Models.Broadcast;
    using CustomerIO.Net.Sdk.AppApi.Models.Campaign;
    using CustomerIO.Net.Sdk.AppApi.Models.Collection;
    using CustomerIO.Net.Sdk.AppApi.Models.Customer;
    using CustomerIO.Net.Sdk.AppApi.Models.Export;
    using CustomerIO.Net.Sdk.AppApi.Models.Message;
    using CustomerIO.Net.Sdk.AppApi.Models.Newsletter;
    using CustomerIO.Net.Sdk.AppApi.Models.ReportingWebhook;
    using CustomerIO.Net.Sdk.AppApi.Models.Segment;
    using CustomerIO.Net.Sdk.AppApi.Models.SenderIdentity;
    using CustomerIO.Net.Sdk.AppApi.Models.Snippet;
    using CustomerIO.Net.Sdk.AppApi.Models.TransactionalMessage;
    using CustomerIO.Net.Sdk.AppApi.Models.Transactional;

    public interface ICustomerIOAppApiClient
    {
        // Send Messages
        Task<TransactionalDeliveryResponse> SendEmailAsync(SendEmailRequest request, CancellationToken cancellationToken = default);
        Task<TransactionalDeliveryResponse> SendPushAsync(SendPushRequest request, CancellationToken cancellationToken = default);
        Task<TransactionalDeliveryResponse> SendSmsAsync(SendSmsRequest request, CancellationToken cancellationToken = default);
        Task<TransactionalDeliveryResponse> SendInboxMessageAsync(SendInboxMessageRequest request, CancellationToken cancellationToken = default);
        Task<TriggerBroadcastResponse> TriggerBroadcastAsync(int broadcastId, TriggerBroadcastRequest request, CancellationToken cancellationToken = default);
        Task<NewsletterResponse> SendNewsletterAsync(int newsletterId, SendNewsletterRequest request, CancellationToken cancellationToken = default);
        Task<NewsletterResponse> ScheduleNewsletterAsync(int newsletterId, ScheduleNewsletterRequest request, CancellationToken cancellationToken = default);

        // Campaigns
        Task<CampaignsResponse> ListCampaignsAsync(string? next = null, CancellationToken cancellationToken = default);
        Task<CampaignResponse> GetCampaignAsync(int campaignId, CancellationToken cancellationToken = default);
        Task<CampaignMetricsResponse> GetCampaignMetricsAsync(int campaignId, CancellationToken cancellationToken = default);
        Task<CampaignMessagesResponse> GetCampaignMessagesAsync(int campaignId, string? next = null, CancellationToken cancellationToken = default);
        Task<CampaignActionsResponse> ListCampaignActionsAsync(int campaignId, string? next = null, CancellationToken cancellationToken = default);
        Task<CampaignActionResponse> GetCampaignActionAsync(int campaignId, string actionId, CancellationToken cancellationToken = default);
        Task<CampaignActionResponse> UpdateCampaignActionAsync(int campaignId, string actionId, UpdateCampaignActionRequest request, CancellationToken cancellationToken = default);

        // API-triggered Broadcasts
        Task<BroadcastsResponse> ListBroadcastsAsync(string? next = null, CancellationToken cancellationToken = default);
        Task<BroadcastResponse> GetBroadcastAsync(int broadcastId, CancellationToken cancellationToken = default);
        Task<BroadcastMetricsResponse> GetBroadcastMetricsAsync(int broadcastId, CancellationToken cancellationToken = default);
        Task<BroadcastMessagesResponse> GetBroadcastMessagesAsync(int broadcastId, string? next = null, CancellationToken cancellationToken = default);
        Task<BroadcastTriggersResponse> ListBroadcastTriggersAsync(int broadcastId, string? next = null, CancellationToken cancellationToken = default);
        Task<BroadcastTriggerDetailResponse> GetBroadcastTriggerAsync(int broadcastId, int triggerId, CancellationToken cancellationToken = default);
        Task<BroadcastTriggerErrorsResponse> GetBroadcastTriggerErrorsAsync(int broadcastId, int triggerId, CancellationToken cancellationToken = default);

        // Transactional Messages
        Task<TransactionalMessagesResponse> ListTransactionalMessagesAsync(string? next = null, CancellationToken cancellationToken = default);
        Task<TransactionalMessageDetailResponse> GetTransactionalMessageAsync(int transactionalId, CancellationToken cancellationToken = default);
        Task<TransactionalMessageMetricsResponse> GetTransactionalMessageMetricsAsync(int transactionalId, CancellationToken cancellationToken = default);
        Task<TransactionalMessageDeliveriesResponse> GetTransactionalMessageDeliveriesAsync(int transactionalId, string? next = null, CancellationToken cancellationToken = default);

        // Newsletters
        Task<NewslettersResponse> ListNewslettersAsync(string? next = null, CancellationToken cancellationToken = default);
        Task<NewsletterResponse> CreateNewsletterAsync(CreateNewsletterRequest request, CancellationToken cancellationToken = default);
        Task<NewsletterResponse> GetNewsletterAsync(int newsletterId, CancellationToken cancellationToken = default);
        Task DeleteNewsletterAsync(int newsletterId, CancellationToken cancellationToken = default);
        Task<NewsletterMetricsResponse> GetNewsletterMetricsAsync(int newsletterId, CancellationToken cancellationToken = default);
        Task<NewsletterMessagesResponse> GetNewsletterMessagesAsync(int newsletterId, string? next = null, CancellationToken cancellationToken = default);

        // Customers
        Task<CustomerAttributesResponse> GetCustomerAttributesAsync(string customerId, CancellationToken cancellationToken = default);
        Task<CustomerSegmentsResponse> GetCustomerSegmentsAsync(string customerId, CancellationToken cancellationToken = default);
        Task<CustomerMessagesResponse> GetCustomerMessagesAsync(string customerId, string? next = null, CancellationToken cancellationToken = default);
        Task<CustomerActivitiesResponse> GetCustomerActivitiesAsync(string customerId, string? next = null, CancellationToken cancellationToken = default);
        Task<CustomerSearchResponse> SearchCustomersAsync(CustomerSearchRequest request, string? next = null, CancellationToken cancellationToken = default);

        // Segments
        Task<SegmentResponse> CreateSegmentAsync(CreateSegmentRequest request, CancellationToken cancellationToken = default);
        Task<SegmentsResponse> ListSegmentsAsync(string? next = null, CancellationToken cancellationToken = default);
        Task<SegmentResponse> GetSegmentAsync(int segmentId, CancellationToken cancellationToken = default);
        Task DeleteSegmentAsync(int segmentId, CancellationToken cancellationToken = default);
        Task<SegmentCustomerCountResponse> GetSegmentCustomerCountAsync(int segmentId, CancellationToken cancellationToken = default);
        Task<SegmentMembershipResponse> GetSegmentMembershipAsync(int segmentId, string? next = null, CancellationToken cancellationToken = default);

        // Messages
        Task<MessagesResponse> ListMessagesAsync(string? next = null, CancellationToken cancellationToken = default);
        Task<MessageDetailResponse> GetMessageAsync(string messageId, CancellationToken cancellationToken = default);

        // Exports
        Task<ExportsResponse> ListExportsAsync(string? next = null, CancellationToken cancellationToken = default);
        Task<ExportDetailResponse> GetExportAsync(int exportId, CancellationToken cancellationToken = default);
        Task<ExportDownloadResponse> GetExportDownloadUrlAsync(int exportId, CancellationToken cancellationToken = default);
        Task<ExportDetailResponse> ExportCustomersAsync(ExportCustomersRequest request, CancellationToken cancellationToken = default);
        Task<ExportDetailResponse> ExportDeliveriesAsync(ExportDeliveriesRequest request, CancellationToken cancellationToken = default);

        // Snippets
        Task<SnippetsResponse> ListSnippetsAsync(CancellationToken cancellationToken = default);
        Task<SnippetDetail> CreateSnippetAsync(CreateSnippetRequest request, CancellationToken cancellationToken = default);
        Task<SnippetDetail> UpdateSnippetAsync(UpdateSnippetRequest request, CancellationToken cancellationToken = default);
        Task DeleteSnippetAsync(string snippetName, CancellationToken cancellationToken = default);

        // Collections
        Task<CollectionsResponse> ListCollectionsAsync(string? next = null, CancellationToken cancellationToken = default);
        Task<CollectionDetailResponse> CreateCollectionAsync(CreateCollectionRequest request, CancellationToken cancellationToken = default);
        Task<CollectionDetailResponse> GetCollectionAsync(int collectionId, CancellationToken cancellationToken = default);
        Task DeleteCollectionAsync(int collectionId, CancellationToken cancellationToken = default);
        Task<CollectionDetailResponse> UpdateCollectionAsync(int collectionId, UpdateCollectionRequest request, CancellationToken cancellationToken = default);

        // Reporting Webhooks
        Task<ReportingWebhooksResponse> ListReportingWebhooksAsync(CancellationToken cancellationToken = default);
        Task<ReportingWebhookDetailResponse> CreateReportingWebhookAsync(CreateReportingWebhookRequest request, CancellationToken cancellationToken = default);
        Task<ReportingWebhookDetailResponse> GetReportingWebhookAsync(int webhookId, CancellationToken cancellationToken = default);
        Task<ReportingWebhookDetailResponse> UpdateReportingWebhookAsync(int webhookId, UpdateReportingWebhookRequest request, CancellationToken cancellationToken = default);
        Task DeleteReportingWebhookAsync(int webhookId, CancellationToken cancellationToken = default);

        // Sender Identities
        Task<SenderIdentitiesResponse> ListSenderIdentitiesAsync(string? next = null, CancellationToken cancellationToken = default);
        Task<SenderIdentityDetailResponse> GetSenderIdentityAsync(int senderId, CancellationToken cancellationToken = default);
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Broadcast/BroadcastDetailResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Broadcast
{
    public class BroadcastTriggersResponse
    {
        [JsonPropertyName("triggers")]
        public IEnumerable<BroadcastTriggerDetail> Triggers { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class BroadcastTriggerDetailResponse
    {
        [JsonPropertyName("trigger")]
        public BroadcastTriggerDetail Trigger { get; set; } = null!;
    }

    public class BroadcastTriggerDetail
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }

        [JsonPropertyName("status")]
        public string Status { get; set; } = null!;

        [JsonPropertyName("created_at")]
        public long CreatedAt { get; set; }

        [JsonPropertyName("updated_at")]
        public long UpdatedAt { get; set; }

        [JsonPropertyName("errors")]
        public IEnumerable<BroadcastTriggerError>? Errors { get; set; }
    }

    public class BroadcastTriggerErrorsResponse
    {
        [JsonPropertyName("errors")]
        public IEnumerable<BroadcastTriggerError> Errors { get; set; } = [];
    }

    public class BroadcastTriggerError
    {
        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("description")]
        public string Description { get; set; } = null!;

        [JsonPropertyName("emails")]
        public IEnumerable<string>? Emails { get; set; }

        [JsonPropertyName("ids")]
        public IEnumerable<string>? Ids { get; set; }
    }

    public class BroadcastMetricsResponse
    {
        [JsonPropertyName("sent")]
        public long Sent { get; set; }

        [JsonPropertyName("delivered")]
        public long Delivered { get; set; }

        [JsonPropertyName("opened")]
        public long Opened { get; set; }

        [JsonPropertyName("unique_opens")]
        public long UniqueOpens { get; set; }

        [JsonPropertyName("clicks")]
        public long Clicks { get; set; }

        [JsonPropertyName("unique_clicks")]
        public long UniqueClicks { get; set; }

        [JsonPropertyName("bounced")]
        public long Bounced { get; set; }

        [JsonPropertyName("unsubscribed")]
        public long Unsubscribed { get; set; }

        [JsonPropertyName("spammed")]
        public long Spammed { get; set; }

        [JsonPropertyName("dropped")]
        public long Dropped { get; set; }

        [JsonPropertyName("converted")]
        public long Converted { get; set; }

        [JsonPropertyName("attempted")]
        public long Attempted { get; set; }

        [JsonPropertyName("failed")]
        public long Failed { get; set; }
    }

    public class BroadcastMessagesResponse
    {
        [JsonPropertyName("messages")]
        public IEnumerable<BroadcastMessageEntry> Messages { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class BroadcastMessageEntry
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = null!;

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("metric")]
        public string Metric { get; set; } = null!;

        [JsonPropertyName("created")]
        public long Created { get; set; }

        [JsonPropertyName("subject")]
        public string? Subject { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Broadcast/BroadcastResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Broadcast
{
    public class BroadcastsResponse
    {
        [JsonPropertyName("broadcasts")]
        public IEnumerable<BroadcastDetail> Broadcasts { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class BroadcastResponse
    {
        [JsonPropertyName("broadcast")]
        public BroadcastDetail Broadcast { get; set; } = null!;
    }

    public class BroadcastDetail
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }

        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("status")]
        public string Status { get; set; } = null!;

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("start_time")]
        public long? StartTime { get; set; }

        [JsonPropertyName("tags")]
        public IEnumerable<string>? Tags { get; set; }

        [JsonPropertyName("created")]
        public long Created { get; set; }

        [JsonPropertyName("updated")]
        public long Updated { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Broadcast/TriggerBroadcastRequest.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Broadcast
{
    public class TriggerBroadcastRequest
    {
        [JsonPropertyName("data")]
        public Dictionary<string, object?>? Data { get; set; }

        [JsonPropertyName("recipients")]
        public BroadcastRecipients? Recipients { get; set; }

        [JsonPropertyName("per_user_data")]
        public IEnumerable<BroadcastPerUserData>? PerUserData { get; set; }

        [JsonPropertyName("id_ignore_missing")]
        public bool? IdIgnoreMissing { get; set; }
    }

    public class BroadcastRecipients
    {
        [JsonPropertyName("segment")]
        public BroadcastSegmentFilter? Segment { get; set; }
    }

    public class BroadcastSegmentFilter
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }
    }

    public class BroadcastPerUserData
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("email")]
        public string? Email { get; set; }

        [JsonPropertyName("data")]
        public Dictionary<string, object?>? Data { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Broadcast/TriggerBroadcastResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Broadcast
{
    public class TriggerBroadcastResponse
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Campaign/CampaignActionResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Campaign
{
    public class CampaignActionsResponse
    {
        [JsonPropertyName("actions")]
        public IEnumerable<CampaignActionDetail> Actions { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class CampaignActionResponse
    {
        [JsonPropertyName("action")]
        public CampaignActionDetail Action { get; set; } = null!;
    }

    public class CampaignActionDetail
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = null!;

        [JsonPropertyName("campaign_id")]
        public int CampaignId { get; set; }

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("sending_state")]
        public string? SendingState { get; set; }

        [JsonPropertyName("created_at")]
        public long CreatedAt { get; set; }

        [JsonPropertyName("updated_at")]
        public long UpdatedAt { get; set; }
    }

    public class UpdateCampaignActionRequest
    {
        [JsonPropertyName("body")]
        public string? Body { get; set; }

        [JsonPropertyName("subject")]
        public string? Subject { get; set; }

        [JsonPropertyName("from")]
        public string? From { get; set; }

        [JsonPropertyName("reply_to")]
        public string? ReplyTo { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Campaign/CampaignMetricsResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Campaign
{
    public class CampaignMetricsResponse
    {
        [JsonPropertyName("sent")]
        public long Sent { get; set; }

        [JsonPropertyName("delivered")]
        public long Delivered { get; set; }

        [JsonPropertyName("opened")]
        public long Opened { get; set; }

        [JsonPropertyName("unique_opens")]
        public long UniqueOpens { get; set; }

        [JsonPropertyName("clicks")]
        public long Clicks { get; set; }

        [JsonPropertyName("unique_clicks")]
        public long UniqueClicks { get; set; }

        [JsonPropertyName("bounced")]
        public long Bounced { get; set; }

        [JsonPropertyName("unsubscribed")]
        public long Unsubscribed { get; set; }

        [JsonPropertyName("spammed")]
        public long Spammed { get; set; }

        [JsonPropertyName("dropped")]
        public long Dropped { get; set; }

        [JsonPropertyName("converted")]
        public long Converted { get; set; }

        [JsonPropertyName("attempted")]
        public long Attempted { get; set; }

        [JsonPropertyName("failed")]
        public long Failed { get; set; }
    }

    public class CampaignMessagesResponse
    {
        [JsonPropertyName("messages")]
        public IEnumerable<CampaignMessageEntry> Messages { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class CampaignMessageEntry
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = null!;

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("metric")]
        public string Metric { get; set; } = null!;

        [JsonPropertyName("created")]
        public long Created { get; set; }

        [JsonPropertyName("subject")]
        public string? Subject { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Campaign/CampaignResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Campaign
{
    public class CampaignsResponse
    {
        [JsonPropertyName("campaigns")]
        public IEnumerable<CampaignDetail> Campaigns { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class CampaignResponse
    {
        [JsonPropertyName("campaign")]
        public CampaignDetail Campaign { get; set; } = null!;
    }

    public class CampaignDetail
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }

        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("status")]
        public string Status { get; set; } = null!;

        [JsonPropertyName("msg_id")]
        public string? MsgId { get; set; }

        [JsonPropertyName("start_time")]
        public long? StartTime { get; set; }

        [JsonPropertyName("stop_time")]
        public long? StopTime { get; set; }

        [JsonPropertyName("frequency")]
        public string? Frequency { get; set; }

        [JsonPropertyName("tags")]
        public IEnumerable<string>? Tags { get; set; }

        [JsonPropertyName("created")]
        public long Created { get; set; }

        [JsonPropertyName("updated")]
        public long Updated { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Collection/CollectionResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Collection
{
    public class CollectionsResponse
    {
        [JsonPropertyName("collections")]
        public IEnumerable<CollectionDetail> Collections { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class CollectionDetailResponse
    {
        [JsonPropertyName("collection")]
        public CollectionDetail Collection { get; set; } = null!;
    }

    public class CollectionDetail
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }

        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("url")]
        public string? Url { get; set; }

        [JsonPropertyName("schema")]
        public Dictionary<string, string>? Schema { get; set; }

        [JsonPropertyName("created")]
        public long Created { get; set; }

        [JsonPropertyName("updated")]
        public long Updated { get; set; }
    }

    public class CollectionContentResponse
    {
        [JsonPropertyName("content")]
        public IEnumerable<Dictionary<string, object?>> Content { get; set; } = [];
    }

    public class CreateCollectionRequest
    {
        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("url")]
        public string? Url { get; set; }

        [JsonPropertyName("data")]
        public IEnumerable<Dictionary<string, object?>>? Data { get; set; }
    }

    public class UpdateCollectionRequest
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("url")]
        public string? Url { get; set; }

        [JsonPropertyName("data")]
        public IEnumerable<Dictionary<string, object?>>? Data { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Customer/CustomerActivitiesResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Customer
{
    public class CustomerActivitiesResponse
    {
        [JsonPropertyName("activities")]
        public IEnumerable<CustomerActivityEntry> Activities { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class CustomerActivityEntry
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = null!;

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("timestamp")]
        public long Timestamp { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("data")]
        public Dictionary<string, object?>? Data { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Customer/CustomerAttributesResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Customer
{
    public class CustomerAttributesResponse
    {
        [JsonPropertyName("customer")]
        public CustomerAttributes Customer { get; set; } = null!;
    }

    public class CustomerAttributes
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("email")]
        public string? Email { get; set; }

        [JsonPropertyName("cio_id")]
        public string? CioId { get; set; }

        [JsonPropertyName("created_at")]
        public long? CreatedAt { get; set; }

        [JsonPropertyName("unsubscribed")]
        public bool? Unsubscribed { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? CustomAttributes { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Customer/CustomerMessagesResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Customer
{
    public class CustomerMessagesResponse
    {
        [JsonPropertyName("messages")]
        public IEnumerable<CustomerMessageEntry> Messages { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class CustomerMessageEntry
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = null!;

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("metric")]
        public string Metric { get; set; } = null!;

        [JsonPropertyName("created")]
        public long Created { get; set; }

        [JsonPropertyName("subject")]
        public string? Subject { get; set; }

        [JsonPropertyName("body_url")]
        public string? BodyUrl { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Customer/CustomerSearchRequest.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Customer
{
    public class CustomerSearchRequest
    {
        [JsonPropertyName("filter")]
        public object Filter { get; set; } = null!;
    }

    public class CustomerSearchResponse
    {
        [JsonPropertyName("ids")]
        public IEnumerable<string> Ids { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Customer/CustomerSegmentsResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Customer
{
    public class CustomerSegmentsResponse
    {
        [JsonPropertyName("segments")]
        public IEnumerable<CustomerSegmentEntry> Segments { get; set; } = [];
    }

    public class CustomerSegmentEntry
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }

        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Export/ExportResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Export
{
    public class ExportsResponse
    {
        [JsonPropertyName("exports")]
        public IEnumerable<ExportDetail> Exports { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class ExportDetailResponse
    {
        [JsonPropertyName("export")]
        public ExportDetail Export { get; set; } = null!;
    }

    public class ExportDetail
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("status")]
        public string Status { get; set; } = null!;

        [JsonPropertyName("info")]
        public string? Info { get; set; }

        [JsonPropertyName("start_time")]
        public long? StartTime { get; set; }

        [JsonPropertyName("end_time")]
        public long? EndTime { get; set; }

        [JsonPropertyName("created_at")]
        public long CreatedAt { get; set; }

        [JsonPropertyName("updated_at")]
        public long UpdatedAt { get; set; }
    }

    public class ExportDownloadResponse
    {
        [JsonPropertyName("url")]
        public string Url { get; set; } = null!;
    }

    public class ExportCustomersRequest
    {
        [JsonPropertyName("filter")]
        public object? Filter { get; set; }

        [JsonPropertyName("start")]
        public long? Start { get; set; }

        [JsonPropertyName("end")]
        public long? End { get; set; }

        [JsonPropertyName("fields")]
        public IEnumerable<string>? Fields { get; set; }
    }

    public class ExportDeliveriesRequest
    {
        [JsonPropertyName("start")]
        public long? Start { get; set; }

        [JsonPropertyName("end")]
        public long? End { get; set; }

        [JsonPropertyName("metric")]
        public string? Metric { get; set; }

        [JsonPropertyName("type")]
        public string? Type { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Message/MessageResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Message
{
    public class MessagesResponse
    {
        [JsonPropertyName("messages")]
        public IEnumerable<MessageDetail> Messages { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class MessageDetailResponse
    {
        [JsonPropertyName("message")]
        public MessageDetail Message { get; set; } = null!;
    }

    public class MessageDetail
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = null!;

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("metric")]
        public string Metric { get; set; } = null!;

        [JsonPropertyName("created")]
        public long Created { get; set; }

        [JsonPropertyName("subject")]
        public string? Subject { get; set; }

        [JsonPropertyName("body_url")]
        public string? BodyUrl { get; set; }

        [JsonPropertyName("recipient")]
        public string? Recipient { get; set; }

        [JsonPropertyName("customer_id")]
        public string? CustomerId { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Newsletter/CreateNewsletterRequest.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Newsletter
{
    public class CreateNewsletterRequest
    {
        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("subject")]
        public string? Subject { get; set; }

        [JsonPropertyName("from_id")]
        public int? FromId { get; set; }

        [JsonPropertyName("reply_to_id")]
        public int? ReplyToId { get; set; }

        [JsonPropertyName("tags")]
        public IEnumerable<string>? Tags { get; set; }

        [JsonPropertyName("subscription_topic_id")]
        public int? SubscriptionTopicId { get; set; }

        [JsonPropertyName("recipient_segment_ids")]
        public IEnumerable<int>? RecipientSegmentIds { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Newsletter/NewsletterResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Newsletter
{
    public class NewsletterResponse
    {
        [JsonPropertyName("newsletter")]
        public NewsletterDetail Newsletter { get; set; } = null!;
    }

    public class NewslettersResponse
    {
        [JsonPropertyName("newsletters")]
        public IEnumerable<NewsletterDetail> Newsletters { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class NewsletterDetail
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }

        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("deduplicate_id")]
        public string? DeduplicateId { get; set; }

        [JsonPropertyName("type")]
        public string? Type { get; set; }

        [JsonPropertyName("content_ids")]
        public IEnumerable<int>? ContentIds { get; set; }

        [JsonPropertyName("subject")]
        public string? Subject { get; set; }

        [JsonPropertyName("from_id")]
        public int? FromId { get; set; }

        [JsonPropertyName("reply_to_id")]
        public int? ReplyToId { get; set; }

        [JsonPropertyName("tags")]
        public IEnumerable<string>? Tags { get; set; }

        [JsonPropertyName("subscription_topic_id")]
        public int? SubscriptionTopicId { get; set; }

        [JsonPropertyName("recipient_segment_ids")]
        public IEnumerable<int>? RecipientSegmentIds { get; set; }

        [JsonPropertyName("sent_at")]
        public long? SentAt { get; set; }

        [JsonPropertyName("created")]
        public long Created { get; set; }

        [JsonPropertyName("updated")]
        public long Updated { get; set; }
    }

    public class NewsletterMetricsResponse
    {
        [JsonPropertyName("sent")]
        public long Sent { get; set; }

        [JsonPropertyName("delivered")]
        public long Delivered { get; set; }

        [JsonPropertyName("opened")]
        public long Opened { get; set; }

        [JsonPropertyName("unique_opens")]
        public long UniqueOpens { get; set; }

        [JsonPropertyName("clicks")]
        public long Clicks { get; set; }

        [JsonPropertyName("unique_clicks")]
        public long UniqueClicks { get; set; }

        [JsonPropertyName("bounced")]
        public long Bounced { get; set; }

        [JsonPropertyName("unsubscribed")]
        public long Unsubscribed { get; set; }

        [JsonPropertyName("spammed")]
        public long Spammed { get; set; }

        [JsonPropertyName("dropped")]
        public long Dropped { get; set; }

        [JsonPropertyName("converted")]
        public long Converted { get; set; }
    }

    public class NewsletterMessagesResponse
    {
        [JsonPropertyName("messages")]
        public IEnumerable<NewsletterMessageEntry> Messages { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class NewsletterMessageEntry
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = null!;

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("metric")]
        public string Metric { get; set; } = null!;

        [JsonPropertyName("created")]
        public long Created { get; set; }

        [JsonPropertyName("subject")]
        public string? Subject { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Newsletter/SendNewsletterRequest.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Newsletter
{
    public class SendNewsletterRequest
    {
        [JsonPropertyName("data")]
        public Dictionary<string, object?>? Data { get; set; }

        [JsonPropertyName("recipients")]
        public NewsletterRecipients? Recipients { get; set; }

        [JsonPropertyName("per_user_data")]
        public IEnumerable<NewsletterPerUserData>? PerUserData { get; set; }
    }

    public class ScheduleNewsletterRequest
    {
        [JsonPropertyName("scheduled_at")]
        public long ScheduledAt { get; set; }

        [JsonPropertyName("data")]
        public Dictionary<string, object?>? Data { get; set; }

        [JsonPropertyName("recipients")]
        public NewsletterRecipients? Recipients { get; set; }
    }

    public class NewsletterRecipients
    {
        [JsonPropertyName("segment")]
        public NewsletterSegmentFilter? Segment { get; set; }
    }

    public class NewsletterSegmentFilter
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }
    }

    public class NewsletterPerUserData
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("email")]
        public string? Email { get; set; }

        [JsonPropertyName("data")]
        public Dictionary<string, object?>? Data { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/ReportingWebhook/ReportingWebhookResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.ReportingWebhook
{
    public class ReportingWebhooksResponse
    {
        [JsonPropertyName("reporting_webhooks")]
        public IEnumerable<ReportingWebhookDetail> ReportingWebhooks { get; set; } = [];
    }

    public class ReportingWebhookDetailResponse
    {
        [JsonPropertyName("reporting_webhook")]
        public ReportingWebhookDetail ReportingWebhook { get; set; } = null!;
    }

    public class ReportingWebhookDetail
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }

        [JsonPropertyName("endpoint")]
        public string Endpoint { get; set; } = null!;

        [JsonPropertyName("disabled")]
        public bool Disabled { get; set; }

        [JsonPropertyName("events")]
        public ReportingWebhookEvents Events { get; set; } = null!;

        [JsonPropertyName("created_at")]
        public long CreatedAt { get; set; }

        [JsonPropertyName("updated_at")]
        public long UpdatedAt { get; set; }
    }

    public class ReportingWebhookEvents
    {
        [JsonPropertyName("sent")]
        public bool Sent { get; set; }

        [JsonPropertyName("delivered")]
        public bool Delivered { get; set; }

        [JsonPropertyName("opened")]
        public bool Opened { get; set; }

        [JsonPropertyName("clicked")]
        public bool Clicked { get; set; }

        [JsonPropertyName("bounced")]
        public bool Bounced { get; set; }

        [JsonPropertyName("unsubscribed")]
        public bool Unsubscribed { get; set; }

        [JsonPropertyName("spammed")]
        public bool Spammed { get; set; }

        [JsonPropertyName("failed")]
        public bool Failed { get; set; }

        [JsonPropertyName("attempted")]
        public bool Attempted { get; set; }

        [JsonPropertyName("dropped")]
        public bool Dropped { get; set; }
    }

    public class CreateReportingWebhookRequest
    {
        [JsonPropertyName("endpoint")]
        public string Endpoint { get; set; } = null!;

        [JsonPropertyName("disabled")]
        public bool? Disabled { get; set; }

        [JsonPropertyName("events")]
        public ReportingWebhookEvents? Events { get; set; }
    }

    public class UpdateReportingWebhookRequest
    {
        [JsonPropertyName("endpoint")]
        public string? Endpoint { get; set; }

        [JsonPropertyName("disabled")]
        public bool? Disabled { get; set; }

        [JsonPropertyName("events")]
        public ReportingWebhookEvents? Events { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Segment/CreateSegmentRequest.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Segment
{
    public class CreateSegmentRequest
    {
        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("description")]
        public string? Description { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Segment/SegmentMembershipResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Segment
{
    public class SegmentCustomerCountResponse
    {
        [JsonPropertyName("count")]
        public int Count { get; set; }
    }

    public class SegmentMembershipResponse
    {
        [JsonPropertyName("ids")]
        public IEnumerable<string> Ids { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Segment/SegmentResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Segment
{
    public class SegmentResponse
    {
        [JsonPropertyName("segment")]
        public SegmentDetail Segment { get; set; } = null!;
    }

    public class SegmentsResponse
    {
        [JsonPropertyName("segments")]
        public IEnumerable<SegmentDetail> Segments { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class SegmentDetail
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }

        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("tags")]
        public IEnumerable<string>? Tags { get; set; }

        [JsonPropertyName("created_at")]
        public long CreatedAt { get; set; }

        [JsonPropertyName("updated_at")]
        public long UpdatedAt { get; set; }
    }

    public static class SegmentType
    {
        public const string Manual = "manual";
        public const string Dynamic = "dynamic";
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/SenderIdentity/SenderIdentityResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.SenderIdentity
{
    public class SenderIdentitiesResponse
    {
        [JsonPropertyName("identities")]
        public IEnumerable<SenderIdentityDetail> Identities { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class SenderIdentityDetailResponse
    {
        [JsonPropertyName("identity")]
        public SenderIdentityDetail Identity { get; set; } = null!;
    }

    public class SenderIdentityDetail
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }

        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("from_name")]
        public string? FromName { get; set; }

        [JsonPropertyName("reply_to")]
        public string? ReplyTo { get; set; }

        [JsonPropertyName("from_email")]
        public string? FromEmail { get; set; }

        [JsonPropertyName("created_at")]
        public long CreatedAt { get; set; }

        [JsonPropertyName("updated_at")]
        public long UpdatedAt { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Snippet/SnippetResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Snippet
{
    public class SnippetsResponse
    {
        [JsonPropertyName("snippets")]
        public IEnumerable<SnippetDetail> Snippets { get; set; } = [];
    }

    public class SnippetDetail
    {
        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("value")]
        public string Value { get; set; } = null!;
    }

    public class CreateSnippetRequest
    {
        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("value")]
        public string Value { get; set; } = null!;
    }

    public class UpdateSnippetRequest
    {
        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("value")]
        public string Value { get; set; } = null!;
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Transactional/SendEmailRequest.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Transactional
{
    public class SendEmailRequest
    {
        [JsonPropertyName("transactional_message_id")]
        public object? TransactionalMessageId { get; set; }

        [JsonPropertyName("to")]
        public string To { get; set; } = null!;

        [JsonPropertyName("identifiers")]
        public TransactionalIdentifiers Identifiers { get; set; } = null!;

        [JsonPropertyName("body")]
        public string? Body { get; set; }

        [JsonPropertyName("body_amp")]
        public string? BodyAmp { get; set; }

        [JsonPropertyName("body_plain")]
        public string? BodyPlain { get; set; }

        [JsonPropertyName("subject")]
        public string? Subject { get; set; }

        [JsonPropertyName("from")]
        public string? From { get; set; }

        [JsonPropertyName("reply_to")]
        public string? ReplyTo { get; set; }

        [JsonPropertyName("bcc")]
        public string? Bcc { get; set; }

        [JsonPropertyName("fake_bcc")]
        public bool? FakeBcc { get; set; }

        [JsonPropertyName("preheader")]
        public string? Preheader { get; set; }

        [JsonPropertyName("message_data")]
        public Dictionary<string, object?>? MessageData { get; set; }

        [JsonPropertyName("send_at")]
        public long? SendAt { get; set; }

        [JsonPropertyName("disable_message_retention")]
        public bool? DisableMessageRetention { get; set; }

        [JsonPropertyName("send_to_unsubscribed")]
        public bool? SendToUnsubscribed { get; set; }

        [JsonPropertyName("queue_draft")]
        public bool? QueueDraft { get; set; }

        [JsonPropertyName("attachments")]
        public Dictionary<string, string>? Attachments { get; set; }

        [JsonPropertyName("headers")]
        public string? Headers { get; set; }

        [JsonPropertyName("disable_css_preprocessing")]
        public bool? DisableCssPreprocessing { get; set; }

        [JsonPropertyName("tracked")]
        public bool? Tracked { get; set; }

        [JsonPropertyName("language")]
        public string? Language { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Transactional/SendInboxMessageRequest.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Transactional
{
    public class SendInboxMessageRequest
    {
        [JsonPropertyName("transactional_message_id")]
        public object TransactionalMessageId { get; set; } = null!;

        [JsonPropertyName("identifiers")]
        public TransactionalIdentifiers Identifiers { get; set; } = null!;

        [JsonPropertyName("message_data")]
        public Dictionary<string, object?>? MessageData { get; set; }

        [JsonPropertyName("send_at")]
        public long? SendAt { get; set; }

        [JsonPropertyName("disable_message_retention")]
        public bool? DisableMessageRetention { get; set; }

        [JsonPropertyName("send_to_unsubscribed")]
        public bool? SendToUnsubscribed { get; set; }

        [JsonPropertyName("queue_draft")]
        public bool? QueueDraft { get; set; }

        [JsonPropertyName("language")]
        public string? Language { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Transactional/SendPushRequest.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Transactional
{
    public class SendPushRequest
    {
        [JsonPropertyName("transactional_message_id")]
        public object TransactionalMessageId { get; set; } = null!;

        [JsonPropertyName("identifiers")]
        public TransactionalIdentifiers Identifiers { get; set; } = null!;

        [JsonPropertyName("to")]
        public string? To { get; set; }

        [JsonPropertyName("title")]
        public string? Title { get; set; }

        [JsonPropertyName("message")]
        public string? Message { get; set; }

        [JsonPropertyName("image_url")]
        public string? ImageUrl { get; set; }

        [JsonPropertyName("link")]
        public string? Link { get; set; }

        [JsonPropertyName("sound")]
        public string? Sound { get; set; }

        [JsonPropertyName("custom_data")]
        public Dictionary<string, string>? CustomData { get; set; }

        [JsonPropertyName("message_data")]
        public Dictionary<string, object?>? MessageData { get; set; }

        [JsonPropertyName("send_at")]
        public long? SendAt { get; set; }

        [JsonPropertyName("disable_message_retention")]
        public bool? DisableMessageRetention { get; set; }

        [JsonPropertyName("send_to_unsubscribed")]
        public bool? SendToUnsubscribed { get; set; }

        [JsonPropertyName("queue_draft")]
        public bool? QueueDraft { get; set; }

        [JsonPropertyName("language")]
        public string? Language { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Transactional/SendSmsRequest.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Transactional
{
    public class SendSmsRequest
    {
        [JsonPropertyName("transactional_message_id")]
        public object TransactionalMessageId { get; set; } = null!;

        [JsonPropertyName("identifiers")]
        public TransactionalIdentifiers Identifiers { get; set; } = null!;

        [JsonPropertyName("to")]
        public string? To { get; set; }

        [JsonPropertyName("body")]
        public string? Body { get; set; }

        [JsonPropertyName("message_data")]
        public Dictionary<string, object?>? MessageData { get; set; }

        [JsonPropertyName("send_at")]
        public long? SendAt { get; set; }

        [JsonPropertyName("disable_message_retention")]
        public bool? DisableMessageRetention { get; set; }

        [JsonPropertyName("send_to_unsubscribed")]
        public bool? SendToUnsubscribed { get; set; }

        [JsonPropertyName("queue_draft")]
        public bool? QueueDraft { get; set; }

        [JsonPropertyName("language")]
        public string? Language { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Transactional/TransactionalDeliveryResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Transactional
{
    public class TransactionalDeliveryResponse
    {
        [JsonPropertyName("delivery_id")]
        public string DeliveryId { get; set; } = null!;

        [JsonPropertyName("queued_at")]
        public long QueuedAt { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/Transactional/TransactionalIdentifiers.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.Transactional
{
    public class TransactionalIdentifiers
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("email")]
        public string? Email { get; set; }

        [JsonPropertyName("cio_id")]
        public string? CioId { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/AppApi/Models/TransactionalMessage/TransactionalMessageResponse.cs
namespace CustomerIO.Net.Sdk.AppApi.Models.TransactionalMessage
{
    public class TransactionalMessagesResponse
    {
        [JsonPropertyName("messages")]
        public IEnumerable<TransactionalMessageDetail> Messages { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class TransactionalMessageDetailResponse
    {
        [JsonPropertyName("message")]
        public TransactionalMessageDetail Message { get; set; } = null!;
    }

    public class TransactionalMessageDetail
    {
        [JsonPropertyName("id")]
        public int Id { get; set; }

        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("trigger_name")]
        public string? TriggerName { get; set; }

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("from_id")]
        public int? FromId { get; set; }

        [JsonPropertyName("reply_to_id")]
        public int? ReplyToId { get; set; }

        [JsonPropertyName("tags")]
        public IEnumerable<string>? Tags { get; set; }

        [JsonPropertyName("created")]
        public long Created { get; set; }

        [JsonPropertyName("updated")]
        public long Updated { get; set; }
    }

    public class TransactionalMessageMetricsResponse
    {
        [JsonPropertyName("sent")]
        public long Sent { get; set; }

        [JsonPropertyName("delivered")]
        public long Delivered { get; set; }

        [JsonPropertyName("opened")]
        public long Opened { get; set; }

        [JsonPropertyName("unique_opens")]
        public long UniqueOpens { get; set; }

        [JsonPropertyName("clicks")]
        public long Clicks { get; set; }

        [JsonPropertyName("unique_clicks")]
        public long UniqueClicks { get; set; }

        [JsonPropertyName("bounced")]
        public long Bounced { get; set; }

        [JsonPropertyName("unsubscribed")]
        public long Unsubscribed { get; set; }

        [JsonPropertyName("spammed")]
        public long Spammed { get; set; }

        [JsonPropertyName("dropped")]
        public long Dropped { get; set; }

        [JsonPropertyName("converted")]
        public long Converted { get; set; }

        [JsonPropertyName("attempted")]
        public long Attempted { get; set; }

        [JsonPropertyName("failed")]
        public long Failed { get; set; }
    }

    public class TransactionalMessageDeliveriesResponse
    {
        [JsonPropertyName("messages")]
        public IEnumerable<TransactionalMessageDeliveryEntry> Messages { get; set; } = [];

        [JsonPropertyName("next")]
        public string? Next { get; set; }
    }

    public class TransactionalMessageDeliveryEntry
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = null!;

        [JsonPropertyName("type")]
        public string Type { get; set; } = null!;

        [JsonPropertyName("metric")]
        public string Metric { get; set; } = null!;

        [JsonPropertyName("created")]
        public long Created { get; set; }

        [JsonPropertyName("subject")]
        public string? Subject { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/PipelinesApi/ICustomerIOPipelinesApiClient.cs
namespace CustomerIO.Net.Sdk.PipelinesApi
{
    using CustomerIO.Net.Sdk.PipelinesApi.Models;

    public interface ICustomerIOPipelinesApiClient
    {
        Task IdentifyAsync(IdentifyRequest request, bool strictMode = false, CancellationToken cancellationToken = default);

        Task TrackAsync(TrackRequest request, bool strictMode = false, CancellationToken cancellationToken = default);

        Task PageAsync(PageRequest request, bool strictMode = false, CancellationToken cancellationToken = default);

        Task ScreenAsync(ScreenRequest request, bool strictMode = false, CancellationToken cancellationToken = default);

        Task GroupAsync(GroupRequest request, bool strictMode = false, CancellationToken cancellationToken = default);

        Task AliasAsync(AliasRequest request, bool strictMode = false, CancellationToken cancellationToken = default);

        Task BatchAsync(BatchRequest request, bool strictMode = false, CancellationToken cancellationToken = default);
    }
}

// src/CustomerIO.Net.Sdk/PipelinesApi/Models/AliasRequest.cs
namespace CustomerIO.Net.Sdk.PipelinesApi.Models
{
    public class AliasRequest
    {
        [JsonPropertyName("previousId")]
        public required string PreviousId { get; set; }

        [JsonPropertyName("userId")]
        public required string UserId { get; set; }

        [JsonPropertyName("messageId")]
        public string? MessageId { get; set; }

        [JsonPropertyName("sentAt")]
        public string? SentAt { get; set; }

        [JsonPropertyName("originalTimestamp")]
        public string? OriginalTimestamp { get; set; }

        [JsonPropertyName("timestamp")]
        public string? Timestamp { get; set; }

        [JsonPropertyName("context")]
        public PipelinesContext? Context { get; set; }

        [JsonPropertyName("integrations")]
        public Dictionary<string, bool>? Integrations { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/PipelinesApi/Models/BatchRequest.cs
namespace CustomerIO.Net.Sdk.PipelinesApi.Models
{
    public class BatchRequest
    {
        [JsonPropertyName("batch")]
        public required IEnumerable<PipelinesCallBase> Batch { get; set; }

        [JsonPropertyName("context")]
        public PipelinesContext? Context { get; set; }

        [JsonPropertyName("integrations")]
        public Dictionary<string, bool>? Integrations { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/PipelinesApi/Models/GroupRequest.cs
namespace CustomerIO.Net.Sdk.PipelinesApi.Models
{
    public class GroupRequest : PipelinesCallBase
    {
        [JsonPropertyName("groupId")]
        public required string GroupId { get; set; }

        [JsonPropertyName("traits")]
        public Dictionary<string, object?>? Traits { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/PipelinesApi/Models/IdentifyRequest.cs
namespace CustomerIO.Net.Sdk.PipelinesApi.Models
{
    public class IdentifyRequest : PipelinesCallBase
    {
        [JsonPropertyName("traits")]
        public Dictionary<string, object?>? Traits { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/PipelinesApi/Models/PageRequest.cs
namespace CustomerIO.Net.Sdk.PipelinesApi.Models
{
    public class PageRequest : PipelinesCallBase
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("properties")]
        public Dictionary<string, object?>? Properties { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/PipelinesApi/Models/PipelinesCallBase.cs
namespace CustomerIO.Net.Sdk.PipelinesApi.Models
{
    [JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
    [JsonDerivedType(typeof(IdentifyRequest), "identify")]
    [JsonDerivedType(typeof(TrackRequest), "track")]
    [JsonDerivedType(typeof(PageRequest), "page")]
    [JsonDerivedType(typeof(ScreenRequest), "screen")]
    [JsonDerivedType(typeof(GroupRequest), "group")]
    public abstract class PipelinesCallBase
    {

        [JsonPropertyName("userId")]
        public string? UserId { get; set; }

        [JsonPropertyName("anonymousId")]
        public string? AnonymousId { get; set; }

        [JsonPropertyName("messageId")]
        public string? MessageId { get; set; }

        [JsonPropertyName("sentAt")]
        public string? SentAt { get; set; }

        [JsonPropertyName("originalTimestamp")]
        public string? OriginalTimestamp { get; set; }

        [JsonPropertyName("timestamp")]
        public string? Timestamp { get; set; }

        [JsonPropertyName("context")]
        public PipelinesContext? Context { get; set; }

        [JsonPropertyName("integrations")]
        public Dictionary<string, bool>? Integrations { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/PipelinesApi/Models/PipelinesContext.cs
namespace CustomerIO.Net.Sdk.PipelinesApi.Models
{
    public class PipelinesContext
    {
        [JsonPropertyName("ip")]
        public string? Ip { get; set; }

        [JsonPropertyName("userAgent")]
        public string? UserAgent { get; set; }

        [JsonPropertyName("locale")]
        public string? Locale { get; set; }

        [JsonPropertyName("active")]
        public bool? Active { get; set; }

        [JsonPropertyName("channel")]
        public string? Channel { get; set; }

        [JsonPropertyName("library")]
        public PipelinesLibraryContext? Library { get; set; }

        [JsonPropertyName("page")]
        public PipelinesPageContext? Page { get; set; }

        [JsonPropertyName("campaign")]
        public PipelinesCampaignContext? Campaign { get; set; }

        [JsonPropertyName("app")]
        public PipelinesAppContext? App { get; set; }

        [JsonPropertyName("device")]
        public PipelinesDeviceContext? Device { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    public class PipelinesLibraryContext
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("version")]
        public string? Version { get; set; }
    }

    public class PipelinesPageContext
    {
        [JsonPropertyName("path")]
        public string? Path { get; set; }

        [JsonPropertyName("referrer")]
        public string? Referrer { get; set; }

        [JsonPropertyName("search")]
        public string? Search { get; set; }

        [JsonPropertyName("title")]
        public string? Title { get; set; }

        [JsonPropertyName("url")]
        public string? Url { get; set; }
    }

    public class PipelinesCampaignContext
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("source")]
        public string? Source { get; set; }

        [JsonPropertyName("medium")]
        public string? Medium { get; set; }

        [JsonPropertyName("term")]
        public string? Term { get; set; }

        [JsonPropertyName("content")]
        public string? Content { get; set; }
    }

    public class PipelinesAppContext
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("version")]
        public string? Version { get; set; }

        [JsonPropertyName("build")]
        public string? Build { get; set; }
    }

    public class PipelinesDeviceContext
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("manufacturer")]
        public string? Manufacturer { get; set; }

        [JsonPropertyName("model")]
        public string? Model { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("type")]
        public string? Type { get; set; }

        [JsonPropertyName("version")]
        public string? Version { get; set; }

        [JsonPropertyName("token")]
        public string? Token { get; set; }
    }

    public static class PipelinesChannel
    {
        public const string Browser = "browser";
        public const string Server = "server";
        public const string Mobile = "mobile";
    }
}

// src/CustomerIO.Net.Sdk/PipelinesApi/Models/ScreenRequest.cs
namespace CustomerIO.Net.Sdk.PipelinesApi.Models
{
    public class ScreenRequest : PipelinesCallBase
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("properties")]
        public Dictionary<string, object?>? Properties { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/PipelinesApi/Models/TrackRequest.cs
namespace CustomerIO.Net.Sdk.PipelinesApi.Models
{
    public class TrackRequest : PipelinesCallBase
    {
        [JsonPropertyName("event")]
        public required string Event { get; set; }

        [JsonPropertyName("properties")]
        public Dictionary<string, object?>? Properties { get; set; }
    }

    public static class PipelinesSemanticEvents
    {
        public const string DeviceCreatedOrUpdated = "Device Created or Updated";

        public const string DeviceDeleted = "Device Deleted";

        public const string UserDeleted = "User Deleted";

        public const string UserSuppressed = "User Suppressed";

        public const string UserUnsuppressed = "User Unsuppressed";

        public const string RelationshipDeleted = "Relationship Deleted";

        public const string ObjectDeleted = "Object Deleted";

        public const string ReportDeliveryEvent = "Report Delivery Event";
    }
}

// src/CustomerIO.Net.Sdk/PipelinesApi/PipelinesApiOptions.cs
namespace CustomerIO.Net.Sdk.PipelinesApi
{
    using CustomerIO.Net.Sdk.Shared;

    public class PipelinesApiOptions : BaseApiOptions
    {
        public override string Host { get; set; } = PipelinesApiHosts.US;
    }

    public static class PipelinesApiHosts
    {
        public const string US = "https://cdp.customer.io";
        public const string EU = "https://cdp-eu.customer.io";
    }
}

// src/CustomerIO.Net.Sdk/Shared/BaseApiOptions.cs
namespace CustomerIO.Net.Sdk.Shared
{
    public abstract class BaseApiOptions
    {
        public required string ApiKey { get; set; }

        public virtual string Host { get; set; } = string.Empty;
    }
}

// src/CustomerIO.Net.Sdk/Shared/CustomerIORateLimitException.cs
namespace CustomerIO.Net.Sdk.Shared
{
    public class CustomerIORateLimitException(string message) : Exception(message)
    {
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/ICustomerIOTrackApiClient.cs
namespace CustomerIO.Net.Sdk.TrackApi
{
    using CustomerIO.Net.Sdk.TrackApi.Models.AccountRegion;
    using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
    using CustomerIO.Net.Sdk.TrackApi.Models.Event;
    using CustomerIO.Net.Sdk.TrackApi.Models.Form;
    using CustomerIO.Net.Sdk.TrackApi.Models.Segment;

    public interface ICustomerIOTrackApiClient
    {
        // Account Region
        Task<AccountRegionResponse> GetAccountRegionAsync(CancellationToken cancellationToken = default);

        // Customers
        Task IdentifyCustomerAsync(string identifier, IdentifyCustomerRequest request, CancellationToken cancellationToken = default);
        Task DeleteCustomerAsync(string identifier, CancellationToken cancellationToken = default);
        Task AddOrUpdateDeviceAsync(string identifier, AddDeviceRequest request, CancellationToken cancellationToken = default);
        Task DeleteDeviceAsync(string identifier, string deviceId, CancellationToken cancellationToken = default);
        Task SuppressCustomerAsync(string identifier, CancellationToken cancellationToken = default);
        Task UnsuppressCustomerAsync(string identifier, CancellationToken cancellationToken = default);
        Task UnsubscribeAsync(string deliveryId, UnsubscribeRequest request, CancellationToken cancellationToken = default);
        Task MergeCustomersAsync(MergeCustomersRequest request, CancellationToken cancellationToken = default);

        // Events
        Task TrackEventAsync(string identifier, TrackEventRequest request, CancellationToken cancellationToken = default);
        Task TrackAnonymousEventAsync(TrackAnonymousEventRequest request, CancellationToken cancellationToken = default);
        Task ReportMetricsAsync(MetricsRequest request, CancellationToken cancellationToken = default);
        [Obsolete("Use ReportMetricsAsync instead.")]
        Task ReportPushMetricsAsync(PushMetricsRequest request, CancellationToken cancellationToken = default);

        // Segments
        Task AddCustomersToSegmentAsync(int segmentId, SegmentMembersRequest request, string? idType = null, CancellationToken cancellationToken = default);
        Task RemoveCustomersFromSegmentAsync(int segmentId, SegmentMembersRequest request, string? idType = null, CancellationToken cancellationToken = default);

        // Forms
        Task SubmitFormAsync(string formId, FormSubmitRequest request, CancellationToken cancellationToken = default);
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/AccountRegion/AccountRegionResponse.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.AccountRegion
{
    public class AccountRegionResponse
    {
        [JsonPropertyName("url")]
        public string Url { get; set; } = null!;
        [JsonPropertyName("region")]
        public string Region { get; set; } = null!;
        [JsonPropertyName("environment_id")]
        public string EnvironmentId { get; set; } = null!;
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Customer/AddDeviceRequest.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Customer
{
    public class AddDeviceRequest
    {
        [JsonPropertyName("device")]
        public DeviceRequest Device { get; set; } = null!;
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Customer/CustomerIdentifier.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Customer
{
    public class CustomerIdentifier
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("email")]
        public string? Email { get; set; }

        [JsonPropertyName("cio_id")]
        public string? CioId { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Customer/DeviceAttributes.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Customer
{
    public class DeviceAttributes
    {
        [JsonPropertyName("device_os")]
        public string? DeviceOs { get; set; }

        [JsonPropertyName("device_model")]
        public string? DeviceModel { get; set; }

        [JsonPropertyName("app_version")]
        public string? AppVersion { get; set; }

        [JsonPropertyName("cio_sdk_version")]
        public string? CioSdkVersion { get; set; }

        [JsonPropertyName("push_enabled")]
        public string? PushEnabled { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? CustomAttributes { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Customer/DeviceRequest.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Customer
{
    public class DeviceRequest
    {
        [JsonPropertyName("id")]
        public string Id { get; set; } = null!;

        [JsonPropertyName("platform")]
        public string Platform { get; set; } = null!;

        [JsonPropertyName("last_used")]
        public long? LastUsed { get; set; }

        [JsonPropertyName("attributes")]
        public DeviceAttributes? Attributes { get; set; }
    }

    public static class DevicePlatform
    {
        public const string Ios = "ios";
        public const string Android = "android";
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Customer/IdentifyCustomerRequest.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Customer
{
    public class IdentifyCustomerRequest
    {
        [JsonPropertyName("email")]
        public string? Email { get; set; }

        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("created_at")]
        public long? CreatedAt { get; set; }

        [JsonPropertyName("_timestamp")]
        public long? Timestamp { get; set; }

        [JsonPropertyName("_update")]
        public bool? Update { get; set; }

        [JsonPropertyName("unsubscribed")]
        public bool? Unsubscribed { get; set; }

        [JsonPropertyName("anonymous_id")]
        public string? AnonymousId { get; set; }

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? CustomAttributes { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Customer/MergeCustomersRequest.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Customer
{
    public class MergeCustomersRequest
    {
        [JsonPropertyName("primary")]
        public CustomerIdentifier Primary { get; set; } = null!;

        [JsonPropertyName("secondary")]
        public CustomerIdentifier Secondary { get; set; } = null!;
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Customer/UnsubscribeRequest.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Customer
{
    public class UnsubscribeRequest
    {
        [JsonPropertyName("unsubscribe")]
        public bool Unsubscribe { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Event/MetricsRequest.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Event
{
    public class MetricsRequest
    {
        [JsonPropertyName("delivery_id")]
        public string DeliveryId { get; set; } = null!;

        [JsonPropertyName("metric")]
        public string Metric { get; set; } = null!;

        [JsonPropertyName("timestamp")]
        public long? Timestamp { get; set; }

        [JsonPropertyName("recipient")]
        public string? Recipient { get; set; }

        [JsonPropertyName("reason")]
        public string? Reason { get; set; }

        [JsonPropertyName("href")]
        public string? Href { get; set; }
    }

    public static class MetricType
    {
        public const string Bounced = "bounced";
        public const string Clicked = "clicked";
        public const string Converted = "converted";
        public const string Deferred = "deferred";
        public const string Delivered = "delivered";
        public const string Dropped = "dropped";
        public const string Opened = "opened";
        public const string Spammed = "spammed";
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Event/PushMetricsRequest.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Event
{
    [Obsolete("Use MetricsRequest with ReportMetricsAsync instead.")]
    public class PushMetricsRequest
    {
        [JsonPropertyName("delivery_id")]
        public string DeliveryId { get; set; } = null!;

        [JsonPropertyName("event")]
        public string Event { get; set; } = null!;

        [JsonPropertyName("device_id")]
        public string DeviceId { get; set; } = null!;

        [JsonPropertyName("timestamp")]
        public long? Timestamp { get; set; }
    }

    public static class PushEventType
    {
        public const string Opened = "opened";
        public const string Converted = "converted";
        public const string Delivered = "delivered";
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Event/TrackAnonymousEventRequest.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Event
{
    public class TrackAnonymousEventRequest
    {
        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("anonymous_id")]
        public string? AnonymousId { get; set; }

        [JsonPropertyName("id")]
        public string? DedupeId { get; set; }

        [JsonPropertyName("type")]
        public string? Type { get; set; }

        [JsonPropertyName("timestamp")]
        public long? Timestamp { get; set; }

        [JsonPropertyName("data")]
        public Dictionary<string, object?>? Data { get; set; }
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Event/TrackEventRequest.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Event
{
    public class TrackEventRequest
    {
        [JsonPropertyName("name")]
        public string Name { get; set; } = null!;

        [JsonPropertyName("id")]
        public string? DedupeId { get; set; }

        [JsonPropertyName("type")]
        public string? Type { get; set; }

        [JsonPropertyName("timestamp")]
        public long? Timestamp { get; set; }

        [JsonPropertyName("data")]
        public Dictionary<string, object?>? Data { get; set; }
    }

    public static class TrackEventType
    {
        public const string Event = "event";
        public const string Page = "page";
        public const string Screen = "screen";
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Form/FormSubmitRequest.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Form
{
    public class FormSubmitRequest
    {
        [JsonPropertyName("data")]
        public Dictionary<string, string> Data { get; set; } = null!;
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/Models/Segment/SegmentMembersRequest.cs
namespace CustomerIO.Net.Sdk.TrackApi.Models.Segment
{
    public class SegmentMembersRequest
    {
        [JsonPropertyName("ids")]
        public IEnumerable<string> Ids { get; set; } = null!;
    }

    public static class SegmentIdType
    {
        public const string Id = "id";
        public const string Email = "email";
        public const string CioId = "cio_id";
    }
}

// src/CustomerIO.Net.Sdk/TrackApi/TrackApiOptions.cs
namespace CustomerIO.Net.Sdk.TrackApi
{
    using CustomerIO.Net.Sdk.Shared;

    public class TrackApiOptions : BaseApiOptions
    {
        public override string Host { get; set; } = TrackApiHosts.US;
    }

    public class TrackApiHosts
    {
        public const string US = "https://track.customer.io";
        public const string EU = "https://track-eu.customer.io";

    }
}
