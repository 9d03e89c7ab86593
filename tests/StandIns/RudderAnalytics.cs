// Stand-in for RudderStack's .NET SDK (NuGet package "RudderAnalytics").
// Repository: https://github.com/rudderlabs/rudder-sdk-.net
// Commit mirrored: e7338b029f1efb2461562e732900f03f28edbd5e (HEAD; library sources identical to tag v2.0.2 = 56883373089bdfb75adeaccdaad812419a52d95c)
// Package version: 2.0.2 (RudderAnalytics.csproj <Version>2.0.2</Version>, RudderAnalytics.VERSION = "2.0.2")
// Assembly name: RudderAnalytics (from project file RudderAnalytics/RudderAnalytics.csproj; no <AssemblyName>; RootNamespace RudderStack)
// Target frameworks: netstandard1.3;netstandard2.0;net45;net35;net461;net5.0 (this stand-in mirrors net5.0/netstandard2.0:
//   RudderClient.FlushAsync exists on every target except net35).
// Left out: RudderStack.Extensions.ServiceCollectionExtension.AddAnalytics(this IServiceCollection services, string writeKey, RudderConfig config = null)
//   (netstandard2.0/net461/net5.0 only; needs Microsoft.Extensions.DependencyInjection.Abstractions), and the DI project in DI/
//   (RudderStack.ServiceCollectionExtensions.AddAnalytics(services, writeKey[, Action<RudderConfig>])).
// Signatures only; every body is `=> throw null;`. Generated from the library's source (public/protected members only);
// constructors marked "no public constructor" are internal in the real library and exist here only to hide the implicit public one.

#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using RudderStack.Flush;
using RudderStack.Model;
using RudderStack.Stats;

// from RudderAnalytics/Exception/BadParameter.cs
namespace RudderStack.Exception
{
    public class APIException : System.Exception
    {
        public string Code { get => throw null; set => throw null; }

        public APIException(string code, string message) => throw null;
    }
}
// from RudderAnalytics/Exception/NotInitializedException.cs
namespace RudderStack.Exception
{
    public class NotInitializedException : System.Exception
    {
        public NotInitializedException() => throw null;
    }
}
// from RudderAnalytics/Flush/IFlushHandler.cs
namespace RudderStack.Flush
{
    public interface IFlushHandler : IDisposable
    {
        Task Process(BaseAction action);
        void Flush();
    }

    public interface IAsyncFlushHandler : IFlushHandler
    {
        Task FlushAsync();
    }
}
// from RudderAnalytics/IRudderAnalyticsClient.cs
namespace RudderStack
{
    public delegate void FailedHandler(BaseAction action, System.Exception e);
    public delegate void SucceededHandler(BaseAction action);
    public interface IRudderAnalyticsClient : IDisposable
    {
        Statistics Statistics { get; set; }

        string WriteKey { get; }

        RudderConfig Config { get; }

        event FailedHandler Failed;
        event SucceededHandler Succeeded;
        void Identify(string userId, IDictionary<string, object> traits);
        void Identify(string userId, IDictionary<string, object> traits, RudderOptions options);
        void Group(string userId, string groupId, RudderOptions options);
        void Group(string userId, string groupId, IDictionary<string, object> traits);
        void Group(string userId, string groupId, IDictionary<string, object> traits, RudderOptions options);
        void Track(string userId, string eventName);
        void Track(string userId, string eventName, IDictionary<string, object> properties);
        void Track(string userId, string eventName, RudderOptions options);
        void Track(string userId, string eventName, IDictionary<string, object> properties, RudderOptions options);
        void Alias(string previousId, string userId);
        void Alias(string previousId, string userId, RudderOptions options);
        void Page(string userId, string name);
        void Page(string userId, string name, RudderOptions options);
        void Page(string userId, string name, string category);
        void Page(string userId, string name, IDictionary<string, object> properties);
        void Page(string userId, string name, IDictionary<string, object> properties, RudderOptions options);
        void Page(string userId, string name, string category, IDictionary<string, object> properties, RudderOptions options);
        void Screen(string userId, string name);
        void Screen(string userId, string name, RudderOptions options);
        void Screen(string userId, string name, string category);
        void Screen(string userId, string name, IDictionary<string, object> properties);
        void Screen(string userId, string name, IDictionary<string, object> properties, RudderOptions options);
        void Screen(string userId, string name, string category, IDictionary<string, object> properties, RudderOptions options);
        void Flush();
    }
}
// from RudderAnalytics/Logger.cs
namespace RudderStack
{
    public class Logger
    {
        public enum Level
        {
            DEBUG,
            INFO,
            WARN,
            ERROR
        }

        public delegate void LogHandler(Level level, string message, IDictionary<string, object> args);
        public static event LogHandler Handlers { add => throw null; remove => throw null; }
    }
}
// from RudderAnalytics/Model/Alias.cs
namespace RudderStack.Model
{
    public class Alias : BaseAction
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal Alias() => throw null;
        public string PreviousId { get => throw null; set => throw null; }
    }
}
// from RudderAnalytics/Model/BaseAction.cs
namespace RudderStack.Model
{
    public abstract class BaseAction
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal BaseAction() => throw null;
        public string Type { get => throw null; set => throw null; }
        public string MessageId { get => throw null; }
        public string Timestamp { get => throw null; }
        public RudderContext Context { get => throw null; set => throw null; }
        public Dict Integrations { get => throw null; set => throw null; }
        public string AnonymousId { get => throw null; set => throw null; }
        public string UserId { get => throw null; }
        public int Size { get => throw null; set => throw null; }
    }
}
// from RudderAnalytics/Model/Dict.cs
namespace RudderStack.Model
{
    public class Dict : Dictionary<string, object>
    {
        public new Dict Add(string key, object val) => throw null;
    }
}
// from RudderAnalytics/Model/Group.cs
namespace RudderStack.Model
{
    public class Group : BaseAction
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal Group() => throw null;
        public string GroupId { get => throw null; set => throw null; }
        public IDictionary<string, object> Traits { get => throw null; set => throw null; }
    }
}
// from RudderAnalytics/Model/Identify.cs
namespace RudderStack.Model
{
    public class Identify : BaseAction
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal Identify() => throw null;
        public IDictionary<string, object> Traits { get => throw null; set => throw null; }
    }
}
// from RudderAnalytics/Model/Page.cs
namespace RudderStack.Model
{
    public class Page : BaseAction
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal Page() => throw null;
        public string Name { get => throw null; set => throw null; }
        public string Category { get => throw null; set => throw null; }
        public IDictionary<string, object> Properties { get => throw null; set => throw null; }
    }
}
// from RudderAnalytics/Model/Properties.cs
namespace RudderStack.Model
{
    public class Properties : Dict
    {
    }
}
// from RudderAnalytics/Model/Providers.cs
namespace RudderStack.Model
{
    public class Providers : Dict
    {
        public Providers() => throw null;
        public Providers SetDefault(bool enabled) => throw null;
        public Providers SetEnabled(string providerName, bool enabled) => throw null;
    }
}
// from RudderAnalytics/Model/RudderContext.cs
namespace RudderStack.Model
{
    public class RudderContext : Dict
    {
        public RudderContext() => throw null;
        public new RudderContext Add(string key, object val) => throw null;
    }
}
// from RudderAnalytics/Model/RudderOptions.cs
namespace RudderStack.Model
{
    public class RudderOptions
    {
        public string AnonymousId { get => throw null; }
        public Dict Integrations { get => throw null; }
        public DateTime? Timestamp { get => throw null; }
        public RudderContext Context { get => throw null; }

        public RudderOptions() => throw null;
        public RudderOptions SetAnonymousId(string anonymousId) => throw null;
        public RudderOptions SetTimestamp(DateTime? timestamp) => throw null;
        public RudderOptions SetContext(RudderContext context) => throw null;
        public RudderOptions SetIntegration(string integration, bool enabled) => throw null;
        public RudderOptions SetIntegration(string integration, Dict value) => throw null;
    }
}
// from RudderAnalytics/Model/Screen.cs
namespace RudderStack.Model
{
    public class Screen : BaseAction
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal Screen() => throw null;
        public string Name { get => throw null; set => throw null; }
        public string Category { get => throw null; set => throw null; }
        public IDictionary<string, object> Properties { get => throw null; set => throw null; }
    }
}
// from RudderAnalytics/Model/Track.cs
namespace RudderStack.Model
{
    public class Track : BaseAction
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal Track() => throw null;
        public string EventName { get => throw null; set => throw null; }
        public IDictionary<string, object> Properties { get => throw null; set => throw null; }
    }
}
// from RudderAnalytics/Model/Traits.cs
namespace RudderStack.Model
{
    public class Traits : Dict
    {
    }
}
// from RudderAnalytics/Request/Backo.cs
namespace RudderStack.Request
{
    public class Backo
    {
        public bool HasReachedMax => throw null;
        public int CurrentAttempt => throw null;

        public Backo(int min = 100, int max = 10000, byte factor = 2, ushort jitter = 10000) => throw null;
        public Task AttemptAsync() => throw null;
        public Task AttemptForAsync(int attempt) => throw null;
        public int AttemptTime() => throw null;
        public int AttemptTimeFor(int attempt) => throw null;
        public void Reset() => throw null;
    }
}
// from RudderAnalytics/RudderAnalytics.cs
namespace RudderStack
{
    public class RudderAnalytics
    {
        public static string VERSION;
        public static RudderClient Client { get => throw null; }

        public static void Initialize(string writeKey) => throw null;
        public static void Initialize(string writeKey, RudderConfig config) => throw null;
        public static void Initialize(RudderClient client) => throw null;
        public static void Dispose() => throw null;
    }
}
// from RudderAnalytics/RudderClient.cs
namespace RudderStack
{
    public class RudderClient : IRudderAnalyticsClient
    {
        public Statistics Statistics { get => throw null; set => throw null; }

        public event FailedHandler Failed { add => throw null; remove => throw null; }

        public event SucceededHandler Succeeded { add => throw null; remove => throw null; }

        public RudderClient(string writeKey) => throw null;
        public RudderClient(string writeKey, RudderConfig config) => throw null;
        public string WriteKey { get => throw null; }
        public RudderConfig Config { get => throw null; }

        public void Identify(string userId, IDictionary<string, object> traits) => throw null;
        public void Identify(string userId, IDictionary<string, object> traits, RudderOptions options) => throw null;
        public void Group(string userId, string groupId, RudderOptions options) => throw null;
        public void Group(string userId, string groupId, IDictionary<string, object> traits) => throw null;
        public void Group(string userId, string groupId, IDictionary<string, object> traits, RudderOptions options) => throw null;
        public void Track(string userId, string eventName) => throw null;
        public void Track(string userId, string eventName, IDictionary<string, object> properties) => throw null;
        public void Track(string userId, string eventName, RudderOptions options) => throw null;
        public void Track(string userId, string eventName, IDictionary<string, object> properties, RudderOptions options) => throw null;
        public void Alias(string previousId, string userId) => throw null;
        public void Alias(string previousId, string userId, RudderOptions options) => throw null;
        public void Page(string userId, string name) => throw null;
        public void Page(string userId, string name, RudderOptions options) => throw null;
        public void Page(string userId, string name, string category) => throw null;
        public void Page(string userId, string name, IDictionary<string, object> properties) => throw null;
        public void Page(string userId, string name, IDictionary<string, object> properties, RudderOptions options) => throw null;
        public void Page(string userId, string name, string category, IDictionary<string, object> properties, RudderOptions options) => throw null;
        public void Screen(string userId, string name) => throw null;
        public void Screen(string userId, string name, RudderOptions options) => throw null;
        public void Screen(string userId, string name, string category) => throw null;
        public void Screen(string userId, string name, IDictionary<string, object> properties) => throw null;
        public void Screen(string userId, string name, IDictionary<string, object> properties, RudderOptions options) => throw null;
        public void Screen(string userId, string name, string category, IDictionary<string, object> properties, RudderOptions options) => throw null;
        public void Flush() => throw null;
        public Task FlushAsync() => throw null;
        public void Dispose() => throw null;
        protected void ensureId(String userId, RudderOptions options) => throw null;
    }
}
// from RudderAnalytics/RudderConfig.cs
namespace RudderStack
{
    public class RudderConfig
    {
        public bool Send { get => throw null; set => throw null; }

        public RudderConfig(string dataPlaneUrl = "https://hosted.rudderlabs.com", string proxy = null, TimeSpan? timeout = null, int maxQueueSize = 10000, int flushAt = 20, bool async = true, int threads = 1, double flushInterval = 10, bool gzip = true, bool send = true, string userAgent = null, TimeSpan? maxRetryTime = null) => throw null;
        public RudderConfig SetHost(string host) => throw null;
        public string GetHost() => throw null;
        public RudderConfig SetProxy(string proxy) => throw null;
        public string GetProxy() => throw null;
        public RudderConfig SetTimeout(TimeSpan timeout) => throw null;
        public TimeSpan GetTimeout() => throw null;
        public RudderConfig SetMaxRetryTime(TimeSpan maxRetryTime) => throw null;
        public TimeSpan? GetMaxRetryTime() => throw null;
        public RudderConfig SetMaxQueueSize(int maxQueueSize) => throw null;
        public int GetMaxQueueSize() => throw null;
        [Obsolete("Use the new method SetFlushAt")]
        public RudderConfig SetMaxBatchSize(int maxBatchSize) => throw null;
        public RudderConfig SetFlushAt(int flushAt) => throw null;
        public int GetFlushAt() => throw null;
        public RudderConfig SetThreads(int threads) => throw null;
        public int GetThreads() => throw null;
        public RudderConfig SetAsync(bool async) => throw null;
        public bool GetAsync() => throw null;
        public RudderConfig SetGzip(bool gzip) => throw null;
        public bool GetGzip() => throw null;
        public RudderConfig SetUserAgent(string userAgent) => throw null;
        public string GetUserAgent() => throw null;
        public RudderConfig SetSend(bool send) => throw null;
        public bool GetSend() => throw null;
        public RudderConfig SetFlushInterval(double interval) => throw null;
        public int GetFlushInterval() => throw null;
    }
}
// from RudderAnalytics/Stats/Statistics.cs
namespace RudderStack.Stats
{
    public class Statistics
    {
        public int Submitted => throw null;
        public int Succeeded => throw null;
        public int Failed => throw null;
    }
}
// from RudderAnalytics/Utils/Dotenv.cs
namespace RudderStack.Utils
{
    public static class DotEnv
    {
        public static void Load(string filePath) => throw null;
    }
}
// from RudderAnalytics/Utils/Utilities.cs
namespace RudderStack.Utils
{
    public static class Utilities
    {
        public static string getParentPath(int steps, string currentPath) => throw null;
    }
}
