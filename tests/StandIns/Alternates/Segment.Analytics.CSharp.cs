// Stand-in for Segment's newer C# library (NuGet package "Segment.Analytics.CSharp").
// Repository: https://github.com/segmentio/Analytics-CSharp
// Commit mirrored: f7fc1850c51ad189126c9f66a41fa568ccc5e33d (main, 2026-01-29; one docs-only commit after tag 2.6.0 = 270e34043ccb7a30c6adbe273fbfbdc539dd1834)
// Package version: 2.6.0 (Analytics-CSharp.csproj <Version>2.6.0</Version>)
// Assembly name: Segment.Analytics.CSharp (<AssemblyName> in Analytics-CSharp/Analytics-CSharp.csproj)
// Target frameworks: netstandard1.3;netstandard2.0 (this stand-in mirrors netstandard2.0; the public surface is the same on both)
// Signatures only; every body is `=> throw null;`. Generated from the library's source (public/protected members only);
// constructors marked "no public constructor" are internal in the real library and exist here only to hide the implicit public one.
//
// Types from OTHER packages that the public signatures need are mirrored at the end of this file, in their real namespaces:
//   Segment.Serialization (JsonElement, JsonPrimitive, JsonNull, JsonObject, JsonArray; full public surface of JsonElement.cs)
//       from NuGet "Serialization.NET" 1.5.0, assembly Serialization.NET, https://github.com/segmentio/Serialization.NET tag 1.5.0 = 4a11e1637f23b75d1b4d65a15af3ccd336740a26
//       (JsonUtility, JsonExtensions and the JSON converters are NOT mirrored)
//   Segment.Sovran (ISubscriber, IState, IAction, Store) from NuGet "Sovran.NET" 1.4.0, assembly Sovran.NET,
//       https://github.com/segmentio/Sovran.NET tag 1.4.0 = 75cad73206ef27ba61b0ebdbf1a556104a59f3c5
//   Segment.Concurrent (ICoroutineExceptionHandler, IDispatcher) from NuGet "Coroutine.NET" 1.4.0, assembly Coroutine.NET,
//       https://github.com/segmentio/Coroutine.NET tag 1.4.0 = 2d39ce23269be14123423051ded23f6e3aec1415 (Dispatcher, Scope etc. NOT mirrored)
//
// NOTE: this file declares the namespace Segment.Analytics; the classic library (Segment.cs) declares the class Segment.Analytics.
// The two cannot be compiled into ONE assembly (CS0101). In real life they are separate assemblies.

#nullable disable

using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Segment.Analytics.Plugins;
using Segment.Analytics.Policies;
using Segment.Analytics.Utilities;
using Segment.Concurrent;
using Segment.Serialization;
using Segment.Sovran;

// from Analytics-CSharp/Segment/Analytics/Analytics.cs
namespace Segment.Analytics
{
    public partial class Analytics : ISubscriber
    {
        public Timeline Timeline { get => throw null; }
        public bool Enable { get => throw null; set => throw null; }

        public static ISegmentLogger Logger;
        public Analytics(Configuration configuration) => throw null;
        public void Process(RawEvent incomingEvent, Func<RawEvent, RawEvent> enrichment = default) => throw null;
        public virtual string AnonymousId() => throw null;
        public virtual void SetAnonymousId(string anonymousId) => throw null;
        public virtual string UserId() => throw null;
        public virtual JsonObject Traits() => throw null;
        public virtual T Traits<T>()
            where T : ISerializable => throw null;
        public virtual void Flush() => throw null;
        public virtual void Reset() => throw null;
        public string Version => throw null;

        public virtual Settings Settings() => throw null;
        public virtual Task<Settings> SettingsAsync() => throw null;
        public IEnumerable<string> PendingUploads() => throw null;
        public void PurgeStorage() => throw null;
        public void PurgeStorage(string filePath) => throw null;
        public void RemoveFlushPolicy(params IFlushPolicy[] policies) => throw null;
        public void ClearFlushPolicies() => throw null;
        public void AddFlushPolicy(params IFlushPolicy[] policies) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Compat/Migration.cs
namespace Segment.Analytics.Compat
{
    [Obsolete("This should only be used if migrating from Analytics.NET or Analytics.Xamarin")]
    public class Traits : Dictionary<string, object>
    {
    }

    [Obsolete("This should only be used if migrating from Analytics.NET or Analytics.Xamarin")]
    public class Properties : Dictionary<string, object>
    {
    }

    public static class AnalyticsExtensions
    {
        [Obsolete("This should only be used if migrating from Analytics.NET or Analytics.Xamarin")]
        public static void Track(this Analytics analytics, string userId, string eventName) => throw null;
        [Obsolete("This should only be used if migrating from Analytics.NET or Analytics.Xamarin")]
        public static void Track(this Analytics analytics, string userId, string eventName, Dictionary<string, object> properties) => throw null;
        [Obsolete("This should only be used if migrating from Analytics.NET or Analytics.Xamarin")]
        public static void Screen(this Analytics analytics, string userId, string eventName) => throw null;
        [Obsolete("This should only be used if migrating from Analytics.NET or Analytics.Xamarin")]
        public static void Screen(this Analytics analytics, string userId, string title, Dictionary<string, object> properties) => throw null;
        [Obsolete("This should only be used if migrating from Analytics.NET or Analytics.Xamarin")]
        public static void Page(this Analytics analytics, string userId, string title) => throw null;
        [Obsolete("This should only be used if migrating from Analytics.NET or Analytics.Xamarin")]
        public static void Page(this Analytics analytics, string userId, string title, Dictionary<string, object> properties) => throw null;
        [Obsolete("This should only be used if migrating from Analytics.NET or Analytics.Xamarin")]
        public static void Group(this Analytics analytics, string userId, string groupId, Dictionary<string, object> traits) => throw null;
        [Obsolete("This should only be used if migrating from Analytics.NET or Analytics.Xamarin")]
        public static void Alias(this Analytics analytics, string previousId, string userId) => throw null;
    }

    [Obsolete("This should only be used if migrating from Analytics.NET or Analytics.Xamarin")]
    public class UserIdPlugin : EventPlugin
    {
        public override PluginType Type => throw null;

        public override RawEvent Execute(RawEvent incomingEvent) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Configuration.cs
namespace Segment.Analytics
{
    public class Configuration
    {
        public string WriteKey { get => throw null; }
        public int FlushAt { get => throw null; }
        public int FlushInterval { get => throw null; }
        public bool AutoAddSegmentDestination { get => throw null; }
        public string ApiHost { get => throw null; }
        public string CdnHost { get => throw null; }
        public Settings DefaultSettings { get => throw null; }
        public bool UseSynchronizeDispatcher { get => throw null; }

        [Obsolete("Please use AnalyticsErrorHandler instead")]
        public ICoroutineExceptionHandler ExceptionHandler { get => throw null; }
        public IAnalyticsErrorHandler AnalyticsErrorHandler { get => throw null; set => throw null; }
        public IStorageProvider StorageProvider { get => throw null; }
        public IHTTPClientProvider HttpClientProvider { get => throw null; }
        public IList<IFlushPolicy> FlushPolicies { get => throw null; }
        public IEventPipelineProvider EventPipelineProvider { get => throw null; }

        public Configuration(string writeKey, int flushAt = 20, int flushInterval = 30, Settings defaultSettings = new Settings(), bool autoAddSegmentDestination = true, bool useSynchronizeDispatcher = false, string apiHost = null, string cdnHost = null, IAnalyticsErrorHandler analyticsErrorHandler = null, IStorageProvider storageProvider = default, IHTTPClientProvider httpClientProvider = default, IList<IFlushPolicy> flushPolicies = default, IEventPipelineProvider eventPipelineProvider = default) => throw null;
        public Configuration(string writeKey, ICoroutineExceptionHandler exceptionHandler, int flushAt = 20, int flushInterval = 30, Settings defaultSettings = new Settings(), bool autoAddSegmentDestination = true, bool userSynchronizeDispatcher = false, string apiHost = null, string cdnHost = null, IStorageProvider storageProvider = default, IHTTPClientProvider httpClientProvider = default) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Errors.cs
namespace Segment.Analytics
{
    public partial class Analytics
    {
        public static void ReportInternalError(AnalyticsError error = null, string message = null) => throw null;
        public static void ReportInternalError(AnalyticsErrorType type, Exception exception = null, string message = null) => throw null;
    }

    public static class ExtensionMethods
    {
        public static void ReportInternalError(this Analytics analytics, AnalyticsError error) => throw null;
        public static void ReportInternalError(this Analytics analytics, AnalyticsErrorType type, Exception exception = null, string message = null) => throw null;
    }

    public class AnalyticsError : Exception
    {
        public AnalyticsErrorType ErrorType { get => throw null; }

        public AnalyticsError(AnalyticsErrorType type, string message = null, Exception exception = null) => throw null;
    }

    public enum AnalyticsErrorType
    {
        StorageUnableToCreate,
        StorageUnableToWrite,
        StorageUnableToRename,
        StorageUnableToOpen,
        StorageUnableToRemove,
        StorageInvalid,
        StorageUnknown,
        NetworkUnexpectedHttpCode,
        NetworkServerLimited,
        NetworkServerRejected,
        NetworkUnknown,
        NetworkInvalidData,
        JsonUnableToSerialize,
        JsonUnableToDeserialize,
        JsonUnknown,
        PluginError,
        PayloadInvalid
    }

    public interface IAnalyticsErrorHandler : ICoroutineExceptionHandler
    {
    }
}
// from Analytics-CSharp/Segment/Analytics/Events.cs
namespace Segment.Analytics
{
    public partial class Analytics
    {
        public virtual void Track(string name, JsonObject properties = default, Func<RawEvent, RawEvent> enrichment = default) => throw null;
        public virtual void Track<T>(string name, T properties = default, Func<RawEvent, RawEvent> enrichment = default)
            where T : ISerializable => throw null;
        public virtual void Identify(string userId, JsonObject traits = default, Func<RawEvent, RawEvent> enrichment = default) => throw null;
        public virtual void Identify(JsonObject traits, Func<RawEvent, RawEvent> enrichment = default) => throw null;
        public virtual void Identify<T>(string userId, T traits = default, Func<RawEvent, RawEvent> enrichment = default)
            where T : ISerializable => throw null;
        public virtual void Identify<T>(T traits, Func<RawEvent, RawEvent> enrichment = default)
            where T : ISerializable => throw null;
        public virtual void Screen(string title, JsonObject properties = default, string category = "", Func<RawEvent, RawEvent> enrichment = default) => throw null;
        public virtual void Screen<T>(string title, T properties = default, string category = "", Func<RawEvent, RawEvent> enrichment = default)
            where T : ISerializable => throw null;
        public virtual void Page(string title, JsonObject properties = default, string category = "", Func<RawEvent, RawEvent> enrichment = default) => throw null;
        public virtual void Page<T>(string title, T properties = default, string category = "", Func<RawEvent, RawEvent> enrichment = default)
            where T : ISerializable => throw null;
        public virtual void Group(string groupId, JsonObject traits = default, Func<RawEvent, RawEvent> enrichment = default) => throw null;
        public virtual void Group<T>(string groupId, T traits = default, Func<RawEvent, RawEvent> enrichment = default)
            where T : ISerializable => throw null;
        public virtual void Alias(string newId, Func<RawEvent, RawEvent> enrichment = default) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Plugins.cs
namespace Segment.Analytics
{
    public enum PluginType : int
    {
        Before = 0,
        Enrichment,
        Destination,
        After,
        Utility
    }

    public enum UpdateType
    {
        Initial,
        Refresh
    }

    public abstract class Plugin
    {
        public abstract PluginType Type { get; }
        public virtual Analytics Analytics { get => throw null; set => throw null; }

        public virtual void Configure(Analytics analytics) => throw null;
        public virtual void Update(Settings settings, UpdateType type) => throw null;
        public virtual RawEvent Execute(RawEvent incomingEvent) => throw null;
        public virtual void Shutdown() => throw null;
    }

    public abstract class EventPlugin : Plugin
    {
        public virtual IdentifyEvent Identify(IdentifyEvent identifyEvent) => throw null;
        public virtual TrackEvent Track(TrackEvent trackEvent) => throw null;
        public virtual GroupEvent Group(GroupEvent groupEvent) => throw null;
        public virtual AliasEvent Alias(AliasEvent aliasEvent) => throw null;
        public virtual ScreenEvent Screen(ScreenEvent screenEvent) => throw null;
        public virtual PageEvent Page(PageEvent pageEvent) => throw null;
        public virtual void Reset() => throw null;
        public virtual void Flush() => throw null;
        public override RawEvent Execute(RawEvent incomingEvent) => throw null;
    }

    public abstract class DestinationPlugin : EventPlugin
    {
        public override PluginType Type => throw null;
        public abstract string Key { get; }

        public Plugin Add(Plugin plugin) => throw null;
        public void Remove(Plugin plugin) => throw null;
        public override void Configure(Analytics analytics) => throw null;
        public void Apply(Action<Plugin> closure) => throw null;
        public override void Update(Settings settings, UpdateType type) => throw null;
        public RawEvent Process(RawEvent @event) => throw null;
        public override RawEvent Execute(RawEvent incomingEvent) => throw null;
    }

    public abstract class UtilityPlugin : Plugin
    {
    }

    public partial class Analytics
    {
        public void Apply(Action<Plugin> closure) => throw null;
        public Plugin Add(Plugin plugin) => throw null;
        public void Remove(Plugin plugin) => throw null;
        public T Find<T>()
            where T : Plugin => throw null;
        public IEnumerable<T> FindAll<T>()
            where T : Plugin => throw null;
        public DestinationPlugin Find(string destinationKey) => throw null;
        public void ManuallyEnableDestination(DestinationPlugin plugin) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Plugins/ContextPlugin.cs
namespace Segment.Analytics.Plugins
{
    public class ContextPlugin : Plugin
    {
        public override PluginType Type => throw null;

        public override void Configure(Analytics analytics) => throw null;
        public override RawEvent Execute(RawEvent incomingEvent) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Plugins/DestinationMetadataPlugin.cs
namespace Segment.Analytics.Plugins
{
    public class DestinationMetadataPlugin : Plugin
    {
        public override PluginType Type => throw null;

        public override void Update(Settings settings, UpdateType type) => throw null;
        public override RawEvent Execute(RawEvent incomingEvent) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Plugins/SegmentDestination.cs
namespace Segment.Analytics.Plugins
{
    public class SegmentDestination : DestinationPlugin, ISubscriber
    {
        public override string Key => throw null;

        public override IdentifyEvent Identify(IdentifyEvent identifyEvent) => throw null;
        public override TrackEvent Track(TrackEvent trackEvent) => throw null;
        public override GroupEvent Group(GroupEvent groupEvent) => throw null;
        public override AliasEvent Alias(AliasEvent aliasEvent) => throw null;
        public override ScreenEvent Screen(ScreenEvent screenEvent) => throw null;
        public override PageEvent Page(PageEvent pageEvent) => throw null;
        public override void Configure(Analytics analytics) => throw null;
        public override void Update(Settings settings, UpdateType type) => throw null;
        public override void Reset() => throw null;
        public override void Flush() => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Plugins/StartupQueue.cs
namespace Segment.Analytics.Plugins
{
    public class StartupQueue : Plugin, ISubscriber
    {
        public override PluginType Type => throw null;

        public override void Configure(Analytics analytics) => throw null;
        public override RawEvent Execute(RawEvent incomingEvent) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Policies/CountFlushPolicy.cs
namespace Segment.Analytics.Policies
{
    public class CountFlushPolicy : IFlushPolicy
    {
        public int FlushAt { get => throw null; set => throw null; }

        public CountFlushPolicy(int flushAt = 20) => throw null;
        public bool ShouldFlush() => throw null;
        public void UpdateState(RawEvent @event) => throw null;
        public void Reset() => throw null;
        public void Schedule(Analytics analytics) => throw null;
        public void Unschedule() => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Policies/FrequencyFlushPolicy.cs
namespace Segment.Analytics.Policies
{
    public class FrequencyFlushPolicy : IFlushPolicy
    {
        public long FlushIntervalInMills { get => throw null; set => throw null; }

        public FrequencyFlushPolicy(long flushIntervalInMills = 30 * 1000) => throw null;
        public void Schedule(Analytics analytics) => throw null;
        public void Unschedule() => throw null;
        public bool ShouldFlush() => throw null;
        public void UpdateState(RawEvent @event) => throw null;
        public void Reset() => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Policies/IFlushPolicy.cs
namespace Segment.Analytics.Policies
{
    public interface IFlushPolicy
    {
        void Schedule(Analytics analytics);
        void Unschedule();
        bool ShouldFlush();
        void UpdateState(RawEvent @event);
        void Reset();
    }
}
// from Analytics-CSharp/Segment/Analytics/Policies/StartupFlushPolicy.cs
namespace Segment.Analytics.Policies
{
    public class StartupFlushPolicy : IFlushPolicy
    {
        public bool ShouldFlush() => throw null;
        public void Schedule(Analytics analytics) => throw null;
        public void Unschedule() => throw null;
        public void UpdateState(RawEvent @event) => throw null;
        public void Reset() => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Settings.cs
namespace Segment.Analytics
{
    public struct Settings
    {
        public JsonObject Integrations { get => throw null; set => throw null; }
        public JsonObject Plan { get => throw null; set => throw null; }
        public JsonObject EdgeFunctions { get => throw null; set => throw null; }
    }

}
// from Analytics-CSharp/Segment/Analytics/State.cs
namespace Segment.Analytics
{
    public struct UserInfo : IState
    {
        public UserInfo(string anonymousId, string userId, JsonObject traits) => throw null;
        public bool IsNull => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Timeline.cs
namespace Segment.Analytics
{
    public class Timeline
    {
        public Timeline() => throw null;
        public T Find<T>()
            where T : Plugin => throw null;
        public IEnumerable<T> FindAll<T>()
            where T : Plugin => throw null;
        public DestinationPlugin Find(string destination) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Types.cs
namespace Segment.Analytics
{
    public class DestinationMetadata
    {
        public JsonArray Bundled { get => throw null; set => throw null; }
        public JsonArray Unbundled { get => throw null; set => throw null; }
        public JsonArray BundledIds { get => throw null; set => throw null; }
    }

    public abstract class RawEvent
    {
        public virtual string Type { get => throw null; set => throw null; }
        public virtual string AnonymousId { get => throw null; set => throw null; }
        public virtual string MessageId { get => throw null; set => throw null; }
        public virtual string UserId { get => throw null; set => throw null; }
        public virtual string Timestamp { get => throw null; set => throw null; }
        public Func<RawEvent, RawEvent> Enrichment { get => throw null; set => throw null; }
        public JsonObject Context { get => throw null; set => throw null; }
        public JsonObject Integrations { get => throw null; set => throw null; }
        public JsonArray Metrics { get => throw null; set => throw null; }
        public DestinationMetadata _metadata { get => throw null; set => throw null; }
    }

    public sealed class TrackEvent : RawEvent
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal TrackEvent() => throw null;
        public override string Type => throw null;
        public string Event { get => throw null; set => throw null; }
        public JsonObject Properties { get => throw null; set => throw null; }
    }

    public sealed class IdentifyEvent : RawEvent
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal IdentifyEvent() => throw null;
        public override string Type => throw null;
        public JsonObject Traits { get => throw null; set => throw null; }
    }

    public sealed class ScreenEvent : RawEvent
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal ScreenEvent() => throw null;
        public override string Type => throw null;
        public string Name { get => throw null; set => throw null; }
        public string Category { get => throw null; set => throw null; }
        public JsonObject Properties { get => throw null; set => throw null; }
    }

    public sealed class PageEvent : RawEvent
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal PageEvent() => throw null;
        public override string Type => throw null;
        public string Name { get => throw null; set => throw null; }
        public string Category { get => throw null; set => throw null; }
        public JsonObject Properties { get => throw null; set => throw null; }
    }

    public sealed class GroupEvent : RawEvent
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal GroupEvent() => throw null;
        public override string Type => throw null;
        public string GroupId { get => throw null; set => throw null; }
        public JsonObject Traits { get => throw null; set => throw null; }
    }

    public sealed class AliasEvent : RawEvent
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal AliasEvent() => throw null;
        public override string Type => throw null;
        public string PreviousId { get => throw null; set => throw null; }
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/EventOutputStream.cs
namespace Segment.Analytics.Utilities
{
    public interface IEventStream
    {
        long Length { get; }

        bool IsOpened { get; }

        void OpenOrCreate(string file, out bool newFile);
        Task Write(string content);
        IEnumerable<string> Read();
        void Remove(string file);
        void Close();
        void FinishAndClose(string extension = default);
        byte[] ReadAsBytes(string source);
    }

    public class InMemoryEventStream : IEventStream
    {
        public long Length => throw null;
        public bool IsOpened => throw null;

        public void OpenOrCreate(string file, out bool newFile) => throw null;
        public Task Write(string content) => throw null;
        public IEnumerable<string> Read() => throw null;
        public void Remove(string file) => throw null;
        public void Close() => throw null;
        public void FinishAndClose(string extension = default) => throw null;
        public byte[] ReadAsBytes(string source) => throw null;
        public class InMemoryFile
        {
            public StringBuilder FileStream { get => throw null; }
            public string Name { get => throw null; }
            public int Length => throw null;

            public InMemoryFile(string name) => throw null;
            public void Write(string content) => throw null;
            public byte[] ToBytes() => throw null;
        }
    }

    public class FileEventStream : IEventStream
    {
        public long Length => throw null;
        public bool IsOpened => throw null;

        public FileEventStream(string directory) => throw null;
        public void OpenOrCreate(string file, out bool newFile) => throw null;
        public Task Write(string content) => throw null;
        public IEnumerable<string> Read() => throw null;
        public void Remove(string file) => throw null;
        public void Close() => throw null;
        public void FinishAndClose(string extension = default) => throw null;
        public byte[] ReadAsBytes(string source) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/EventPipeline.cs
namespace Segment.Analytics.Utilities
{
    public class EventPipeline : IEventPipeline
    {
        public string ApiHost { get => throw null; set => throw null; }
        public bool Running { get => throw null; }

        public EventPipeline(Analytics analytics, string logTag, string apiKey, IList<IFlushPolicy> flushPolicies, string apiHost = "api.segment.io/v1" /* HTTPClient.DefaultAPIHost (internal const) */) => throw null;
        public void Put(RawEvent @event) => throw null;
        public void Flush() => throw null;
        public void Start() => throw null;
        public void Stop() => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/EventPipelineProvider.cs
namespace Segment.Analytics.Utilities
{
    public class EventPipelineProvider : IEventPipelineProvider
    {
        public EventPipelineProvider() => throw null;
        public IEventPipeline Create(Analytics analytics, string key) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/ExtensionMethods.cs
namespace Segment.Analytics.Utilities
{
    public static class ExtensionMethods
    {
        public static byte[] GetBytes(this string str) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/HTTPClient.cs
namespace Segment.Analytics.Utilities
{
    public abstract class HTTPClient
    {
        protected readonly string _apiHost;
        protected readonly string _cdnHost;
        public Analytics AnalyticsRef { get => throw null; set => throw null; }

        public HTTPClient(string apiKey, string apiHost = null, string cdnHost = null) => throw null;
        public virtual string SegmentURL(string host, string path) => throw null;
        public virtual Task<Settings?> Settings() => throw null;
        public virtual Task<bool> Upload(byte[] data) => throw null;
        public abstract Task<Response> DoGet(string url);
        public abstract Task<Response> DoPost(string url, byte[] data);
        public class Response
        {
            public int StatusCode { get => throw null; set => throw null; }
            public string Content { get => throw null; set => throw null; }
            public bool IsSuccessStatusCode => throw null;
        }
    }

    public class DefaultHTTPClient : HTTPClient
    {
        public DefaultHTTPClient(string apiKey, string apiHost = null, string cdnHost = null) : base(apiKey, apiHost, cdnHost) => throw null;
        public override Task<Response> DoGet(string url) => throw null;
        public override Task<Response> DoPost(string url, byte[] data) => throw null;
    }

    public interface IHTTPClientProvider
    {
        HTTPClient CreateHTTPClient(string apiKey, string apiHost = null, string cdnHost = null);
    }

    public class DefaultHTTPClientProvider : IHTTPClientProvider
    {
        public HTTPClient CreateHTTPClient(string apiKey, string apiHost = null, string cdnHost = null) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/IEventPipeline.cs
namespace Segment.Analytics.Utilities
{
    public interface IEventPipeline
    {
        bool Running { get; }

        string ApiHost { get; set; }

        void Put(RawEvent @event);
        void Flush();
        void Start();
        void Stop();
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/IEventPipelineProvider.cs
namespace Segment.Analytics.Utilities
{
    public interface IEventPipelineProvider
    {
        IEventPipeline Create(Analytics analytics, string key);
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/Logging.cs
namespace Segment.Analytics.Utilities
{
    public interface ISegmentLogger
    {
        void Log(LogLevel logLevel, Exception exception = null, string message = null);
    }

    public enum LogLevel
    {
        Trace,
        Debug,
        Information,
        Warning,
        Error,
        Critical,
        None
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/Storage.cs
namespace Segment.Analytics.Utilities
{
    public readonly struct StorageConstants
    {
        public string Value { get => throw null; }

        public override string ToString() => throw null;
        public static implicit operator string (StorageConstants storageConstant) => throw null;
        public const string _UserId = "segment.userId";
        public const string _Traits = "segment.traits";
        public const string _AnonymousId = "segment.anonymousId";
        public const string _Settings = "segment.settings";
        public const string _Events = "segment.events";
        public static readonly StorageConstants UserId;
        public static readonly StorageConstants Traits;
        public static readonly StorageConstants AnonymousId;
        public static readonly StorageConstants Settings;
        public static readonly StorageConstants Events;
    }

    public interface IStorage
    {
        Task Initialize();
        Task Write(StorageConstants key, string value);
        void WritePrefs(StorageConstants key, string value);
        Task Rollover();
        string Read(StorageConstants key);
        bool Remove(StorageConstants key);
        bool RemoveFile(string filePath);
        byte[] ReadAsBytes(string source);
    }

    public interface IStorageProvider
    {
        IStorage CreateStorage(params object[] parameters);
    }

    public class DefaultStorageProvider : IStorageProvider
    {
        public string PersistentDataPath { get => throw null; set => throw null; }

        public DefaultStorageProvider(string persistentDataPath = null) => throw null;
        public IStorage CreateStorage(params object[] parameters) => throw null;
    }

    public class InMemoryStorageProvider : IStorageProvider
    {
        public IStorage CreateStorage(params object[] parameters) => throw null;
    }

    public class Storage : IStorage, ISubscriber
    {
        public const long MaxPayloadSize = 32_000;
        public const long MaxBatchSize = 475_000;
        public const long MaxFileSize = 475_000;
        public Storage(IPreferences userPrefs, IEventStream eventStream, Store store, string writeKey, IDispatcher ioDispatcher = default) => throw null;
        public Task Initialize() => throw null;
        public virtual Task Write(StorageConstants key, string value) => throw null;
        public void WritePrefs(StorageConstants key, string value) => throw null;
        public virtual Task Rollover() => throw null;
        public virtual string Read(StorageConstants key) => throw null;
        public bool Remove(StorageConstants key) => throw null;
        public virtual bool RemoveFile(string filePath) => throw null;
        public byte[] ReadAsBytes(string source) => throw null;
        public void UserInfoUpdate(IState state) => throw null;
        public void SystemUpdate(IState state) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/SyncEventPipeline.cs
namespace Segment.Analytics.Utilities
{
    public class SyncEventPipeline : IEventPipeline
    {
        public string ApiHost { get => throw null; set => throw null; }
        public bool Running { get => throw null; }

        public SyncEventPipeline(Analytics analytics, string logTag, string apiKey, IList<IFlushPolicy> flushPolicies, string apiHost = "api.segment.io/v1" /* HTTPClient.DefaultAPIHost (internal const) */, int flushTimeout = -1, CancellationToken? flushCancellationToken = null) => throw null;
        public void Put(RawEvent @event) => throw null;
        public void Flush() => throw null;
        public void Start() => throw null;
        public void Stop() => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/SyncEventPipelineProvider.cs
namespace Segment.Analytics.Utilities
{
    public class SyncEventPipelineProvider : IEventPipelineProvider
    {
        public SyncEventPipelineProvider(int flushTimeout = -1, CancellationToken? flushCancellationToken = null) => throw null;
        public IEventPipeline Create(Analytics analytics, string key) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/SystemInfo.cs
namespace Segment.Analytics.Utilities
{
    public static class SystemInfo
    {
        public static string GetAppFolder() => throw null;
        public static string GetPlatform() => throw null;
        public static string GetOs() => throw null;
        public static bool AssemblyExists(string assembly) => throw null;
    }
}
// from Analytics-CSharp/Segment/Analytics/Utilities/UserPrefs.cs
namespace Segment.Analytics.Utilities
{
    public interface IPreferences
    {
        int GetInt(string key, int defaultValue = -1);
        float GetFloat(string key, float defaultValue = -1.0f);
        string GetString(string key, string defaultValue = null);
        bool Contains(string key);
        void Put(string key, int value);
        void Put(string key, float value);
        void Put(string key, string value);
        void Remove(string key);
    }

    public class InMemoryPrefs : IPreferences
    {
        public int GetInt(string key, int defaultValue = -1) => throw null;
        public float GetFloat(string key, float defaultValue = -1) => throw null;
        public string GetString(string key, string defaultValue = null) => throw null;
        public bool Contains(string key) => throw null;
        public void Put(string key, int value) => throw null;
        public void Put(string key, float value) => throw null;
        public void Put(string key, string value) => throw null;
        public void Remove(string key) => throw null;
    }

    public class UserPrefs : IPreferences
    {
        public UserPrefs(string file, ICoroutineExceptionHandler exceptionHandler = null) => throw null;
        public int GetInt(string key, int defaultValue = -1) => throw null;
        public float GetFloat(string key, float defaultValue = -1.0f) => throw null;
        public string GetString(string key, string defaultValue = null) => throw null;
        public bool Contains(string key) => throw null;
        public void Put(string key, int value) => throw null;
        public void Put(string key, float value) => throw null;
        public void Put(string key, string value) => throw null;
        public void Remove(string key) => throw null;
        public Editor Edit() => throw null;
    }

    public class Editor
    {
        public Editor(UserPrefs userPrefs) => throw null;
        public Editor PutInt(string key, int value) => throw null;
        public Editor PutFloat(string key, float value) => throw null;
        public Editor PutString(string key, string value) => throw null;
        public Editor Remove(string key) => throw null;
        public Editor Clear() => throw null;
        public void Apply() => throw null;
    }
}

// ======== Minimal mirrors of types from other packages (see header) ========
// from segmentio/Serialization.NET@1.5.0 Serialization.NET/Segment/Serialization/JsonElement.cs
namespace Segment.Serialization
{
    public abstract class JsonElement
    {
        public static implicit operator JsonElement(bool value) => throw null;
        public static implicit operator JsonElement(string value) => throw null;
        public static implicit operator JsonElement(int value) => throw null;
        public static implicit operator JsonElement(long value) => throw null;
        public static implicit operator JsonElement(short value) => throw null;
        public static implicit operator JsonElement(double value) => throw null;
        public static implicit operator JsonElement(float value) => throw null;
        public static implicit operator JsonElement(bool? value) => throw null;
        public static implicit operator JsonElement(int? value) => throw null;
        public static implicit operator JsonElement(long? value) => throw null;
        public static implicit operator JsonElement(short? value) => throw null;
        public static implicit operator JsonElement(double? value) => throw null;
        public static implicit operator JsonElement(float? value) => throw null;
    }

    public abstract class JsonPrimitive : JsonElement
    {
        public abstract bool IsString { get; }
        public abstract string Content { get; }

        public override string ToString() => throw null;
        public static implicit operator JsonPrimitive(bool value) => throw null;
        public static implicit operator JsonPrimitive(string value) => throw null;
        public static implicit operator JsonPrimitive(int value) => throw null;
        public static implicit operator JsonPrimitive(long value) => throw null;
        public static implicit operator JsonPrimitive(short value) => throw null;
        public static implicit operator JsonPrimitive(double value) => throw null;
        public static implicit operator JsonPrimitive(float value) => throw null;
        public static implicit operator JsonPrimitive(bool? value) => throw null;
        public static implicit operator JsonPrimitive(int? value) => throw null;
        public static implicit operator JsonPrimitive(long? value) => throw null;
        public static implicit operator JsonPrimitive(short? value) => throw null;
        public static implicit operator JsonPrimitive(double? value) => throw null;
        public static implicit operator JsonPrimitive(float? value) => throw null;
        public static JsonPrimitive Create(object value, bool isString) => throw null;
    }

    public sealed class JsonNull : JsonPrimitive
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal JsonNull() => throw null;
        public override bool IsString => throw null;
        public override string Content => throw null;
        public static JsonNull Instance { get => throw null; }
    }

    public class JsonObject : JsonElement, IEnumerable
    {
        public IDictionary<string, JsonElement> Content { get => throw null; }
        public ICollection<string> Keys => throw null;
        public ICollection<JsonElement> Values => throw null;
        public int Count => throw null;

        public JsonObject() => throw null;
        public JsonObject(IDictionary<string, JsonElement> content) => throw null;
        public override string ToString() => throw null;
        public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => throw null;
        IEnumerator IEnumerable.GetEnumerator() => throw null;
        public void Add(KeyValuePair<string, JsonElement> item) => throw null;
        public void Clear() => throw null;
        public bool Contains(KeyValuePair<string, JsonElement> item) => throw null;
        public void Add(string key, JsonElement value) => throw null;
        public bool ContainsKey(string key) => throw null;
        public bool Remove(string key) => throw null;
        public bool TryGetValue(string key, out JsonElement value) => throw null;
        public JsonElement this[string key] { get => throw null; set => throw null; }
    }

    public class JsonArray : JsonElement, IEnumerable
    {
        public IList<JsonElement> Content { get => throw null; }
        public int Count => throw null;
        public bool IsReadOnly => throw null;

        public JsonArray() => throw null;
        public JsonArray(IList<JsonElement> content) => throw null;
        public IEnumerator<JsonElement> GetEnumerator() => throw null;
        public override string ToString() => throw null;
        IEnumerator IEnumerable.GetEnumerator() => throw null;
        public void Add(JsonElement item) => throw null;
        public void Clear() => throw null;
        public bool Contains(JsonElement item) => throw null;
        public void CopyTo(JsonElement[] array, int arrayIndex) => throw null;
        public bool Remove(JsonElement item) => throw null;
        public int IndexOf(JsonElement item) => throw null;
        public void Insert(int index, JsonElement item) => throw null;
        public void RemoveAt(int index) => throw null;
        public JsonElement this[int index] { get => throw null; set => throw null; }
    }
}
// from segmentio/Sovran.NET@1.4.0 Sovran.NET/Segment/Sovran/Subscriber.cs
namespace Segment.Sovran
{
    public interface ISubscriber
    {
    }
}
// from segmentio/Sovran.NET@1.4.0 Sovran.NET/Segment/Sovran/State.cs
namespace Segment.Sovran
{
    public interface IState
    {
    }
}
// from segmentio/Sovran.NET@1.4.0 Sovran.NET/Segment/Sovran/Action.cs
namespace Segment.Sovran
{
    public interface IAction
    {
        IState Reduce(IState state);
    }
}
// from segmentio/Sovran.NET@1.4.0 Sovran.NET/Segment/Sovran/Store.cs
namespace Segment.Sovran
{
    public class Store
    {
        public Store(bool useSynchronizeDispatcher = false, ICoroutineExceptionHandler exceptionHandler = default) => throw null;
        public Task<int> Subscribe<TState>(ISubscriber subscriber, Action<IState> handler, bool initialState = false, IDispatcher queue = default)
            where TState : IState => throw null;
        public Task Unsubscribe(int identifier) => throw null;
        public Task Provide<TState>(TState state)
            where TState : IState => throw null;
        public Task Dispatch<TAction, TState>(TAction action)
            where TAction : IAction where TState : IState => throw null;
        public Task<TState> CurrentState<TState>()
            where TState : IState => throw null;
        public Task Clean() => throw null;
    }
}
// from segmentio/Coroutine.NET@1.4.0 Coroutine.NET/Segment/Concurrent/IDispatcher.cs
namespace Segment.Concurrent
{
    public interface IDispatcher
    {
        Task Post(Action<object> action, SynchronizationContext context, ICoroutineExceptionHandler handler = default);
        Task Send(Func<object, Task> func, SynchronizationContext context, ICoroutineExceptionHandler handler = default);
        Task<T> Async<T>(Func<object, T> func, SynchronizationContext context, ICoroutineExceptionHandler handler = default);
    }
}
// from segmentio/Coroutine.NET@1.4.0 Coroutine.NET/Segment/Concurrent/SupervisedSynchronizationContext.cs (ICoroutineExceptionHandler only)
namespace Segment.Concurrent
{
    public interface ICoroutineExceptionHandler
    {
        void OnExceptionThrown(Exception e);
    }
}
