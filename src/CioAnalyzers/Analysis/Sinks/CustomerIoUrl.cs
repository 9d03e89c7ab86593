using System;
using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>A folded URL that addresses a Customer.io host, with the path segment that names a person, if any.</summary>
    internal sealed class CustomerIoUrl
    {
        private CustomerIoUrl(HttpApiKind api, string path, bool isRelative, HttpEndpoint endpoint, bool hasIdentifierSegment, string identifierText,
            ImmutableArray<IOperation> identifierHoles, ImmutableArray<IOperation> deviceHoles)
        {
            Api = api;
            Path = path;
            IsRelative = isRelative;
            Endpoint = endpoint;
            HasIdentifierSegment = hasIdentifierSegment;
            IdentifierText = identifierText;
            IdentifierHoles = identifierHoles;
            DeviceHoles = deviceHoles;
        }

        public HttpApiKind Api { get; }

        /// <summary>The path, without query or fragment, with <see cref="FoldedString.HoleMarker"/> for its run-time parts.</summary>
        public string Path { get; }

        /// <summary>True for a path sent relative to a BaseAddress, whose own path is not known.</summary>
        public bool IsRelative { get; }

        /// <summary>The endpoint the path addresses, when its payload has rules of its own.</summary>
        public HttpEndpoint Endpoint { get; }

        /// <summary>True when the path has a <c>customers/{identifier}</c> segment.</summary>
        public bool HasIdentifierSegment { get; }

        /// <summary>The identifier segment's constant text, with <see cref="FoldedString.HoleMarker"/> for its holes.</summary>
        public string IdentifierText { get; }

        public ImmutableArray<IOperation> IdentifierHoles { get; }

        /// <summary>The holes of the <c>devices/{device_id}</c> segment that follows the identifier, if any.</summary>
        public ImmutableArray<IOperation> DeviceHoles { get; }

        public static CustomerIoUrl? TryRead(FoldedString url)
        {
            var text = url.Text;
            if (!HostScanner.StartsWithHttpScheme(text, out var hostStart))
            {
                return null;
            }

            var api = HostScanner.HostAt(text, hostStart, HostScanner.HostEnd(text, hostStart) - hostStart);
            var hostEnd = IndexOfAny(text, hostStart, '/', '?', '#');
            if (api == HttpApiKind.None)
            {
                return null;
            }

            var pathEnd = IndexOfAny(text, hostEnd, '?', '#');
            var path = text.Substring(hostEnd, pathEnd - hostEnd);
            var holesBeforePath = text.Substring(0, hostEnd).Count(c => c == FoldedString.HoleMarker);
            return ReadPath(api, path, url.Holes, holesBeforePath, relative: false);
        }

        /// <summary>
        /// The pre-filter run before folding: true when the value starts with constant text that already names a whole
        /// host other than Customer.io's (<c>"https://api.example.com/..."</c>), so that folding could only confirm it is
        /// not a Customer.io URL. It reads the operations only, never the syntax behind them.
        /// </summary>
        public static bool StartsWithOtherHost(IOperation url)
        {
            var prefix = LeadingConstantText(url);
            if (!HostScanner.StartsWithHttpScheme(prefix, out var hostStart))
            {
                return false;
            }

            // The host is whole once a port, path, query or fragment follows it inside the constant text.
            var hostEnd = HostScanner.HostEnd(prefix, hostStart);
            return hostEnd < prefix.Length && HostScanner.HostAt(prefix, hostStart, hostEnd - hostStart) == HttpApiKind.None;
        }

        /// <summary>
        /// The constant text a string value starts with: a literal, the first text of an interpolation, the left of a
        /// concatenation, or another constant. Literal text is read from its token, which holds it: an operation's string
        /// constant is realised behind a new weak reference on its first read.
        /// </summary>
        private static string LeadingConstantText(IOperation value)
        {
            while (true)
            {
                switch (value)
                {
                    case ILiteralOperation { Syntax: LiteralExpressionSyntax literal } when literal.Token.Value is string literalText:
                        return literalText;
                    case IInterpolatedStringOperation interpolation:
                        return interpolation.Parts.Length > 0 && interpolation.Parts[0] is IInterpolatedStringTextOperation { Syntax: InterpolatedStringTextSyntax text }
                            ? text.TextToken.ValueText
                            : string.Empty;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                        value = Operations.SkipConversions(concatenation.LeftOperand);
                        break;
                    default:
                        return value.ConstantValue is { HasValue: true, Value: string constant } ? constant : string.Empty;
                }
            }
        }

        /// <summary>True for a relative path that starts like a Customer.io API path: the cheap test before any lookup.</summary>
        public static bool LooksLikeRelativeApiPath(string text)
        {
            if (text.IndexOf(HostScanner.SchemeSeparator, StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            var start = text.StartsWith("/", StringComparison.Ordinal) ? 1 : 0;
            foreach (var prefix in KnownHttpApi.RelativePathStarts)
            {
                if (string.CompareOrdinal(text, start, prefix, 0, prefix.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A path relative to a BaseAddress, sent from code that names a host of <paramref name="api"/>.</summary>
        public static CustomerIoUrl? TryReadRelative(FoldedString url, HttpApiKind api)
        {
            if (api == HttpApiKind.None || !LooksLikeRelativeApiPath(url.Text))
            {
                return null;
            }

            var pathEnd = IndexOfAny(url.Text, 0, '?', '#');
            return ReadPath(api, url.Text.Substring(0, pathEnd), url.Holes, 0, relative: true);
        }

        private static CustomerIoUrl ReadPath(HttpApiKind api, string path, ImmutableArray<IOperation> holes, int holeIndex, bool relative)
        {
            var segments = path.Split('/');
            var endpoint = KnownHttpEndpoints.Of(api, segments);
            var position = 0;
            var absolute = segments.Length > 0 && segments[0].Length == 0;
            var cursor = absolute ? 1 : 0;
            var prefixes = relative
                ? KnownHttpApi.IdentifierPathPrefixes.Add(KnownHttpApi.RelativeIdentifierPathPrefix)
                : KnownHttpApi.IdentifierPathPrefixes;
            foreach (var prefix in prefixes)
            {
                if (segments.Length - cursor > prefix.Length && prefix.Select((p, i) => segments[cursor + i] == p).All(x => x))
                {
                    position = cursor + prefix.Length;
                    break;
                }
            }

            if (position == 0 || api == HttpApiKind.Pipelines)
            {
                return new CustomerIoUrl(api, path, relative, endpoint, false, string.Empty, ImmutableArray<IOperation>.Empty, ImmutableArray<IOperation>.Empty);
            }

            var segment = segments[position];
            var deviceHoles = position + 2 < segments.Length && segments[position + 1] == PathSegments.Devices
                ? SegmentHoles(segments, position + 2, holes, holeIndex)
                : ImmutableArray<IOperation>.Empty;
            return new CustomerIoUrl(api, path, relative, endpoint, true, segment, SegmentHoles(segments, position, holes, holeIndex), deviceHoles);
        }

        /// <summary>The holes of the segment at <paramref name="position"/>, counted from the first hole of the path.</summary>
        private static ImmutableArray<IOperation> SegmentHoles(string[] segments, int position, ImmutableArray<IOperation> holes, int holeIndex)
        {
            var before = string.Join("/", segments.Take(position)).Count(c => c == FoldedString.HoleMarker);
            var count = segments[position].Count(c => c == FoldedString.HoleMarker);
            return holes.Skip(holeIndex + before).Take(count).ToImmutableArray();
        }

        private static int IndexOfAny(string text, int start, params char[] chars)
        {
            var index = text.IndexOfAny(chars, start);
            return index < 0 ? text.Length : index;
        }
    }
}
