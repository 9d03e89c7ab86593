using System;
using System.Collections.Generic;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The one scanner behind every host test: reads the scheme and host of URL text in place, and which Customer.io
    /// host (API and data centre) a text names. The host list itself is data in <see cref="KnownHttpApi.Hosts"/>.
    /// </summary>
    internal static class HostScanner
    {
        public const string SchemeSeparator = "://";

        /// <summary>The marker of an EU host: <c>track-eu</c>, <c>api-eu</c>, <c>beta-api-eu</c>, <c>cdp-eu</c>.</summary>
        private const string EuSuffix = "-eu";

        /// <summary>True when the scheme ending at <paramref name="separator"/> is http or https (any case).</summary>
        public static bool IsHttpScheme(string text, int separator)
            => EndsWithAt(text, separator, "http") || EndsWithAt(text, separator, "https");

        /// <summary>True when <paramref name="text"/> starts with <c>http://</c> or <c>https://</c> (any case); gives where the host starts.</summary>
        public static bool StartsWithHttpScheme(string text, out int hostStart)
        {
            var separator = text.IndexOf(SchemeSeparator, StringComparison.Ordinal);
            hostStart = separator + SchemeSeparator.Length;
            return separator is 4 or 5 && IsHttpScheme(text, separator);
        }

        /// <summary>Where the host starting at <paramref name="start"/> ends: at a port, path, query, fragment, white space or the end.</summary>
        public static int HostEnd(string text, int start)
        {
            var end = start;
            while (end < text.Length && text[end] is not (':' or '/' or '?' or '#') && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            return end;
        }

        /// <summary>The API served by the host <c>text[start..start+length]</c>; None for any other host. Allocates nothing.</summary>
        public static HttpApiKind HostAt(string text, int start, int length)
        {
            foreach (var (name, api) in KnownHttpApi.Hosts)
            {
                if (name.Length == length && string.Compare(text, start, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return api;
                }
            }

            return HttpApiKind.None;
        }

        /// <summary>The data centre of the Customer.io host <c>text[start..start+length]</c>.</summary>
        public static DataCenter DataCenterAt(string text, int start, int length)
        {
            if (HostAt(text, start, length) == HttpApiKind.None)
            {
                return DataCenter.None;
            }

            var dot = text.IndexOf('.', start, length);
            return dot > start + EuSuffix.Length && string.Compare(text, dot - EuSuffix.Length, EuSuffix, 0, EuSuffix.Length, StringComparison.OrdinalIgnoreCase) == 0
                ? DataCenter.Eu
                : DataCenter.Us;
        }

        /// <summary>The same API's host in the other data centre: <c>track.customer.io</c> and <c>track-eu.customer.io</c>.</summary>
        public static string OtherDataCenterHost(string host)
        {
            var dot = host.IndexOf('.');
            if (dot < 0)
            {
                return host;
            }

            var label = host.Substring(0, dot);
            var other = label.EndsWith(EuSuffix, StringComparison.OrdinalIgnoreCase) ? label.Substring(0, label.Length - EuSuffix.Length) : label + EuSuffix;
            return other + host.Substring(dot);
        }

        /// <summary>Every Customer.io host named in <paramref name="text"/> as a whole host name, with its data centre.</summary>
        public static IEnumerable<(DataCenter DataCenter, string Host)> HostsIn(string text)
        {
            foreach (var (name, _) in KnownHttpApi.Hosts)
            {
                for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
                {
                    var before = at == 0 ? ' ' : text[at - 1];
                    var after = at + name.Length < text.Length ? text[at + name.Length] : ' ';
                    if (!IsHostCharacter(before) && !IsHostCharacter(after))
                    {
                        yield return (DataCenterAt(text, at, name.Length), text.Substring(at, name.Length));
                    }
                }
            }
        }

        /// <summary>The API of the Customer.io host that <paramref name="text"/> names after a <c>//</c>; the greatest when it names several.</summary>
        public static HttpApiKind ApiNamedIn(string text)
        {
            var found = HttpApiKind.None;
            foreach (var (name, api) in KnownHttpApi.Hosts)
            {
                if (api > found && text.IndexOf("//" + name, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    found = api;
                }
            }

            return found;
        }

        private static bool IsHostCharacter(char c) => char.IsLetterOrDigit(c) || c is '-' or '.';

        private static bool EndsWithAt(string text, int end, string scheme)
            => end >= scheme.Length && string.Compare(text, end - scheme.Length, scheme, 0, scheme.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
