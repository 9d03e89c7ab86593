using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>
    /// The settings whose configured value is a Customer.io URL, and the strings of the source that read them. A setting
    /// counts when every file that gives it a value gives a URL of the same Customer.io API (an empty value is left to the
    /// environment and counts for nothing); one file with another host (a local mock in appsettings.Development.json) and
    /// the setting says nothing, as an unknown URL would.
    /// </summary>
    internal sealed class ConfiguredHosts
    {
        public static readonly ConfiguredHosts None = new(new Keys(new Dictionary<string, HttpApiKind>()), null);

        // The keys depend on the files alone, which are the same objects in every compilation until one is edited.
        private static readonly ConditionalWeakTable<ProjectSettings, Keys> KeysBySettings = new();

        private readonly Dictionary<string, HttpApiKind> apiByKey;
        private readonly OptionsBindings? options;

        // The last part of each key: what the source's text must contain for a string to read the setting.
        private readonly string[] lastParts;
        private readonly string lastPartsKey;

        private readonly ConditionalWeakTable<SyntaxTree, List<(int Position, HttpApiKind Api)>> readsByTree = new();

        // The places of a file that may read a setting depend on the file and on the keys' last parts alone: kept with the
        // tree, which outlives the compilation the IDE makes for every document it analyses (per set of last parts).
        private static readonly ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<string, List<CandidateRead>>> CandidatesByTree = new();

        private ConfiguredHosts(Keys keys, OptionsBindings? options)
        {
            apiByKey = keys.ApiByKey;
            lastParts = keys.LastParts;
            lastPartsKey = keys.LastPartsKey;
            this.options = options;
        }

        public bool IsEmpty => apiByKey.Count == 0;

        public static ConfiguredHosts From(ProjectSettings settings, OptionsBindings options)
            => KeysBySettings.GetValue(settings, KeysOf) is { ApiByKey.Count: > 0 } keys ? new ConfiguredHosts(keys, options) : None;

        private static Keys KeysOf(ProjectSettings settings)
        {
            var apiByKey = new Dictionary<string, HttpApiKind>(StringComparer.OrdinalIgnoreCase);
            var conflicting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in settings.Files)
            {
                foreach (var entry in file.Entries)
                {
                    if (string.IsNullOrWhiteSpace(entry.Value) || conflicting.Contains(entry.Key))
                    {
                        continue;
                    }

                    var api = ApiOfUrl(entry.Value!);
                    if (api == HttpApiKind.None || (apiByKey.TryGetValue(entry.Key, out var known) && known != api))
                    {
                        conflicting.Add(entry.Key);
                        apiByKey.Remove(entry.Key);
                        continue;
                    }

                    apiByKey[entry.Key] = api;
                }
            }

            return new Keys(apiByKey);
        }

        /// <summary>The API of the Customer.io URL the setting <paramref name="key"/> holds; None when it holds none.</summary>
        public HttpApiKind ApiOf(string key) => apiByKey.TryGetValue(key, out var api) ? api : HttpApiKind.None;

        /// <summary>
        /// The API of the one client a configuration section describes: the Customer.io URL that a sibling of
        /// <paramref name="key"/> with a name that says no API (<c>Url</c>, <c>BaseAddress</c>, <c>Endpoint</c>) holds, when
        /// every such sibling agrees; None otherwise. A section with <c>TrackUrl</c> and <c>AppUrl</c> describes both APIs
        /// and says nothing of its keys.
        /// </summary>
        public HttpApiKind SectionApiOf(string key, out string? urlKey)
        {
            urlKey = null;
            var section = key.LastIndexOf(':');
            if (section <= 0)
            {
                return HttpApiKind.None;
            }

            var prefix = key.Substring(0, section + 1);
            var found = HttpApiKind.None;
            foreach (var pair in apiByKey)
            {
                if (!pair.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || pair.Key.IndexOf(':', prefix.Length) >= 0)
                {
                    continue;
                }

                if (!IsGenericUrlName(pair.Key.Substring(prefix.Length)) || (found != HttpApiKind.None && found != pair.Value))
                {
                    return HttpApiKind.None;
                }

                found = pair.Value;
                urlKey ??= pair.Key;
            }

            return found;
        }

        private static bool IsGenericUrlName(string name)
            => name.ToLowerInvariant() is "url" or "uri" or "baseurl" or "baseuri" or "baseaddress" or "host" or "endpoint" or "address" or "apiurl" or "apibaseurl";

        /// <summary>The greatest API a string under <paramref name="node"/> reads from the configuration.</summary>
        public HttpApiKind MentionedApi(SyntaxNode node, CancellationToken cancellationToken)
        {
            var found = HttpApiKind.None;
            if (IsEmpty)
            {
                return found;
            }

            foreach (var (position, api) in ReadsIn(node.SyntaxTree, cancellationToken))
            {
                if (node.Span.Contains(position) && api > found)
                {
                    found = api;
                }
            }

            return found;
        }

        /// <summary>Each string of the file that reads a configured Customer.io URL, with the token and its API.</summary>
        public IEnumerable<(SyntaxToken Token, HttpApiKind Api)> ReadingStrings(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (IsEmpty)
            {
                yield break;
            }

            var root = tree.GetRoot(cancellationToken);
            foreach (var (position, api) in ReadsIn(tree, cancellationToken))
            {
                yield return (root.FindToken(position), api);
            }
        }

        private List<(int Position, HttpApiKind Api)> ReadsIn(SyntaxTree tree, CancellationToken cancellationToken)
            => readsByTree.GetValue(tree, t => FindReads(t, cancellationToken));

        private List<(int Position, HttpApiKind Api)> FindReads(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var reads = new List<(int, HttpApiKind)>();
            var candidates = CandidatesByTree.GetOrCreateValue(tree).GetOrAdd(lastPartsKey, _ => CandidateRead.Find(tree, lastParts, cancellationToken));
            foreach (var candidate in candidates)
            {
                if (ApiReadBy(candidate) is var api && api != HttpApiKind.None)
                {
                    reads.Add((candidate.Position, api));
                }
            }

            return reads;
        }

        /// <summary>
        /// The API of the configured URL a place reads: a string naming the key, or a property of a bound options class
        /// (<c>options.Value.TrackUrl</c>) when every setting that property may read is a URL of that API.
        /// </summary>
        private HttpApiKind ApiReadBy(CandidateRead candidate)
        {
            if (candidate.Key is { } key)
            {
                return ApiOf(key);
            }

            if (options is null)
            {
                return HttpApiKind.None;
            }

            var found = HttpApiKind.None;
            foreach (var optionKey in options.KeysOf(candidate.Property!, candidate.ReceiverType))
            {
                var api = ApiOf(optionKey);
                if (api == HttpApiKind.None || (found != HttpApiKind.None && api != found))
                {
                    return HttpApiKind.None;
                }

                found = api;
            }

            return found;
        }

        private static HttpApiKind ApiOfUrl(string value)
            => HostScanner.StartsWithHttpScheme(value, out var hostStart)
                ? HostScanner.HostAt(value, hostStart, HostScanner.HostEnd(value, hostStart) - hostStart)
                : HttpApiKind.None;

        /// <summary>The settings that hold a Customer.io URL, and the last parts of their keys a read must write.</summary>
        private sealed class Keys
        {
            public Keys(Dictionary<string, HttpApiKind> apiByKey)
            {
                ApiByKey = apiByKey;
                LastParts = apiByKey.Keys.Select(k => k.Substring(k.LastIndexOf(':') + 1)).Where(p => p.Length > 0)
                    .Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(p => p, StringComparer.OrdinalIgnoreCase).ToArray();
                LastPartsKey = string.Join("\n", LastParts).ToUpperInvariant();
            }

            public Dictionary<string, HttpApiKind> ApiByKey { get; }

            public string[] LastParts { get; }

            public string LastPartsKey { get; }
        }
    }
}
