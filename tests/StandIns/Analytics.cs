// Stand-in for the classic Segment .NET library (NuGet package "Analytics").
// Repository: https://github.com/segmentio/Analytics.NET
// Commit mirrored: f846da2b3baf082e32288de2f8423088f3945253 (master, 2024-04-24; 18 commits after tag 3.8.1 = 75cc07c7c391f9321c5c29e8b8c20a38ebe89bd0)
// Package version: 3.8.1 (Analytics.csproj <Version>3.8.1</Version>, Analytics.VERSION = "3.8.1").
//   Only public-API change between tag 3.8.1 and this commit: Segment.Analytics.Initialize(Client) went from internal to public
//   (PR #199, listed as "3.8.2" in CHANGELOG.md, but the version in the csproj was never bumped).
// Assembly name: Analytics (from project file Analytics/Analytics.csproj; no <AssemblyName>; RootNamespace Segment)
// Target frameworks: netstandard1.3;netstandard2.0;net45;net35;net461;net5.0 (this stand-in mirrors net5.0/netstandard2.0:
//   Client.FlushAsync exists on every target except net35).
// Left out: Segment.Extensions.ServiceCollectionExtension.AddAnalytics(this IServiceCollection services, string writeKey, Config config = null)
//   (netstandard2.0/net461/net5.0 only; needs Microsoft.Extensions.DependencyInjection.Abstractions), and the separate
//   package Analytics.Extensions.Microsoft.DependencyInjection (Segment.ServiceCollectionExtensions.AddAnalytics(services, writeKey[, Action<Config>])).
// Signatures only; every body is `=> throw null;`. Generated from the library's source (public/protected members only),
// constructors marked "no public constructor" are internal in the real library and exist here only to hide the implicit public one.

#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Segment.Flush;
using Segment.Model;
using Segment.Stats;

// from Analytics/Analytics.cs
namespace Segment
{
    public class Analytics
    {
        public static string VERSION;
        public static Client Client { get => throw null; }

        public static void Initialize(string writeKey) => throw null;
        public static void Initialize(string writeKey, Config config) => throw null;
        public static void Initialize(Client client) => throw null;
        public static void Dispose() => throw null;
    }
}
// from Analytics/Client.cs
namespace Segment
{
    public class Client : IAnalyticsClient
    {
        public Statistics Statistics { get => throw null; set => throw null; }

        public event FailedHandler Failed { add => throw null; remove => throw null; }

        public event SucceededHandler Succeeded { add => throw null; remove => throw null; }

        public Client(string writeKey) => throw null;
        public Client(string writeKey, Config config) => throw null;
        public string WriteKey { get => throw null; }
        public Config Config { get => throw null; }

        public void Identify(string userId, IDictionary<string, object> traits) => throw null;
        public void Identify(string userId, IDictionary<string, object> traits, Options options) => throw null;
        public void Group(string userId, string groupId, Options options) => throw null;
        public void Group(string userId, string groupId, IDictionary<string, object> traits) => throw null;
        public void Group(string userId, string groupId, IDictionary<string, object> traits, Options options) => throw null;
        public void Track(string userId, string eventName) => throw null;
        public void Track(string userId, string eventName, IDictionary<string, object> properties) => throw null;
        public void Track(string userId, string eventName, Options options) => throw null;
        public void Track(string userId, string eventName, IDictionary<string, object> properties, Options options) => throw null;
        public void Alias(string previousId, string userId) => throw null;
        public void Alias(string previousId, string userId, Options options) => throw null;
        public void Page(string userId, string name) => throw null;
        public void Page(string userId, string name, Options options) => throw null;
        public void Page(string userId, string name, string category) => throw null;
        public void Page(string userId, string name, IDictionary<string, object> properties) => throw null;
        public void Page(string userId, string name, IDictionary<string, object> properties, Options options) => throw null;
        public void Page(string userId, string name, string category, IDictionary<string, object> properties, Options options) => throw null;
        public void Screen(string userId, string name) => throw null;
        public void Screen(string userId, string name, Options options) => throw null;
        public void Screen(string userId, string name, string category) => throw null;
        public void Screen(string userId, string name, IDictionary<string, object> properties) => throw null;
        public void Screen(string userId, string name, IDictionary<string, object> properties, Options options) => throw null;
        public void Screen(string userId, string name, string category, IDictionary<string, object> properties, Options options) => throw null;
        public void Flush() => throw null;
        public Task FlushAsync() => throw null;
        public void Dispose() => throw null;
        protected void ensureId(String userId, Options options) => throw null;
    }
}
// from Analytics/Config.cs
namespace Segment
{
    public class Config
    {
        public bool Send { get => throw null; set => throw null; }

        public Config(string host = "https://api.segment.io", string proxy = null, TimeSpan? timeout = null, int maxQueueSize = 10000, int flushAt = 20, bool async = true, int threads = 1, double flushInterval = 10, bool gzip = false, bool send = true, string userAgent = null, TimeSpan? maxRetryTime = null) => throw null;
        public Config SetHost(string host) => throw null;
        public string GetHost() => throw null;
        public Config SetProxy(string proxy) => throw null;
        public string GetProxy() => throw null;
        public Config SetTimeout(TimeSpan timeout) => throw null;
        public TimeSpan GetTimeout() => throw null;
        public Config SetMaxRetryTime(TimeSpan maxRetryTime) => throw null;
        public TimeSpan? GetMaxRetryTime() => throw null;
        public Config SetMaxQueueSize(int maxQueueSize) => throw null;
        public int GetMaxQueueSize() => throw null;
        [Obsolete("Use the new method SetFlushAt")]
        public Config SetMaxBatchSize(int maxBatchSize) => throw null;
        public Config SetFlushAt(int flushAt) => throw null;
        public int GetFlushAt() => throw null;
        public Config SetThreads(int threads) => throw null;
        public int GetThreads() => throw null;
        public Config SetAsync(bool async) => throw null;
        public bool GetAsync() => throw null;
        [Obsolete("Use the new method SetGzip")]
        public Config SetRequestCompression(bool bCompress) => throw null;
        public Config SetGzip(bool gzip) => throw null;
        public bool GetGzip() => throw null;
        public Config SetUserAgent(string userAgent) => throw null;
        public string GetUserAgent() => throw null;
        public Config SetSend(bool send) => throw null;
        public bool GetSend() => throw null;
        public Config SetFlushInterval(double interval) => throw null;
        public int GetFlushInterval() => throw null;
    }
}
// from Analytics/Exception/BadParameter.cs
namespace Segment.Exception
{
    public class APIException : System.Exception
    {
        public string Code { get => throw null; set => throw null; }

        public APIException(string code, string message) => throw null;
    }
}
// from Analytics/Exception/NotInitializedException.cs
namespace Segment.Exception
{
    public class NotInitializedException : System.Exception
    {
        public NotInitializedException() => throw null;
    }
}
// from Analytics/Flush/IFlushHandler.cs
namespace Segment.Flush
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
// from Analytics/IAnalyticsClient.cs
namespace Segment
{
    public delegate void FailedHandler(BaseAction action, System.Exception e);
    public delegate void SucceededHandler(BaseAction action);
    public interface IAnalyticsClient : IDisposable
    {
        Statistics Statistics { get; set; }

        string WriteKey { get; }

        Config Config { get; }

        event FailedHandler Failed;
        event SucceededHandler Succeeded;
        void Identify(string userId, IDictionary<string, object> traits);
        void Identify(string userId, IDictionary<string, object> traits, Options options);
        void Group(string userId, string groupId, Options options);
        void Group(string userId, string groupId, IDictionary<string, object> traits);
        void Group(string userId, string groupId, IDictionary<string, object> traits, Options options);
        void Track(string userId, string eventName);
        void Track(string userId, string eventName, IDictionary<string, object> properties);
        void Track(string userId, string eventName, Options options);
        void Track(string userId, string eventName, IDictionary<string, object> properties, Options options);
        void Alias(string previousId, string userId);
        void Alias(string previousId, string userId, Options options);
        void Page(string userId, string name);
        void Page(string userId, string name, Options options);
        void Page(string userId, string name, string category);
        void Page(string userId, string name, IDictionary<string, object> properties);
        void Page(string userId, string name, IDictionary<string, object> properties, Options options);
        void Page(string userId, string name, string category, IDictionary<string, object> properties, Options options);
        void Screen(string userId, string name);
        void Screen(string userId, string name, Options options);
        void Screen(string userId, string name, string category);
        void Screen(string userId, string name, IDictionary<string, object> properties);
        void Screen(string userId, string name, IDictionary<string, object> properties, Options options);
        void Screen(string userId, string name, string category, IDictionary<string, object> properties, Options options);
        void Flush();
    }
}
// from Analytics/Logger.cs
namespace Segment
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
// from Analytics/Model/Alias.cs
namespace Segment.Model
{
    public class Alias : BaseAction
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal Alias() => throw null;
        public string PreviousId { get => throw null; set => throw null; }
    }
}
// from Analytics/Model/BaseAction.cs
namespace Segment.Model
{
    public abstract class BaseAction
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal BaseAction() => throw null;
        public string Type { get => throw null; set => throw null; }
        public string MessageId { get => throw null; }
        public string Timestamp { get => throw null; }
        public Context Context { get => throw null; set => throw null; }
        public Dict Integrations { get => throw null; set => throw null; }
        public string AnonymousId { get => throw null; set => throw null; }
        public string UserId { get => throw null; }
        public int Size { get => throw null; set => throw null; }
    }
}
// from Analytics/Model/Context.cs
namespace Segment.Model
{
    public class Context : Dict
    {
        public Context() => throw null;
        public new Context Add(string key, object val) => throw null;
    }
}
// from Analytics/Model/Dict.cs
namespace Segment.Model
{
    public class Dict : Dictionary<string, object>
    {
        public new Dict Add(string key, object val) => throw null;
    }
}
// from Analytics/Model/Group.cs
namespace Segment.Model
{
    public class Group : BaseAction
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal Group() => throw null;
        public string GroupId { get => throw null; set => throw null; }
        public IDictionary<string, object> Traits { get => throw null; set => throw null; }
    }
}
// from Analytics/Model/Identify.cs
namespace Segment.Model
{
    public class Identify : BaseAction
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal Identify() => throw null;
        public IDictionary<string, object> Traits { get => throw null; set => throw null; }
    }
}
// from Analytics/Model/Options.cs
namespace Segment.Model
{
    public class Options
    {
        public string AnonymousId { get => throw null; }
        public Dict Integrations { get => throw null; }
        public DateTime? Timestamp { get => throw null; }
        public Context Context { get => throw null; }

        public Options() => throw null;
        public Options SetAnonymousId(string anonymousId) => throw null;
        public Options SetTimestamp(DateTime? timestamp) => throw null;
        public Options SetContext(Context context) => throw null;
        public Options SetIntegration(string integration, bool enabled) => throw null;
        public Options SetIntegration(string integration, Dict value) => throw null;
    }
}
// from Analytics/Model/Page.cs
namespace Segment.Model
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
// from Analytics/Model/Properties.cs
namespace Segment.Model
{
    public class Properties : Dict
    {
    }
}
// from Analytics/Model/Providers.cs
namespace Segment.Model
{
    public class Providers : Dict
    {
        public Providers() => throw null;
        public Providers SetDefault(bool enabled) => throw null;
        public Providers SetEnabled(string providerName, bool enabled) => throw null;
    }
}
// from Analytics/Model/Screen.cs
namespace Segment.Model
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
// from Analytics/Model/Track.cs
namespace Segment.Model
{
    public class Track : BaseAction
    {
        /* no public constructor in the real library; this one only hides the implicit public one */
        internal Track() => throw null;
        public string EventName { get => throw null; set => throw null; }
        public IDictionary<string, object> Properties { get => throw null; set => throw null; }
    }
}
// from Analytics/Model/Traits.cs
namespace Segment.Model
{
    public class Traits : Dict
    {
    }
}
// from Analytics/Request/Backo.cs
namespace Segment.Request
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
// from Analytics/Stats/Statistics.cs
namespace Segment.Stats
{
    public class Statistics
    {
        public int Submitted => throw null;
        public int Succeeded => throw null;
        public int Failed => throw null;
    }
}
