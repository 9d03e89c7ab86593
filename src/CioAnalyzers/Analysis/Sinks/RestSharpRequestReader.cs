using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Reads a RestSharp send (<c>client.Execute(request)</c>, <c>ExecuteAsync</c>, <c>PostAsync</c>...) as an HTTP request:
    /// the URL is the client's base URL joined with the request's resource, its <c>{name}</c> placeholders filled by
    /// the request's URL segments; the body is what AddJsonBody (or AddBody, when the request's format is JSON) is given.
    /// </summary>
    internal static class RestSharpRequestReader
    {
        public static HttpRequest? TryRead(IInvocationOperation send, CustomerIoModel model)
        {
            var types = model.Types;
            var restSharp = types.RestSharp;
            if (Operations.ArgumentFor(send.Arguments, KnownRestSharp.RequestParameter) is not { } requestValue
                || RestSharpRequestParts.Of(requestValue, restSharp) is not { } parts
                || Operations.ArgumentFor(parts.Creation.Arguments, KnownRestSharp.ResourceParameter) is not { } resourceValue
                || HttpRequestReader.UrlText(resourceValue, types) is not { } resource
                || CustomerIoUrl.StartsWithOtherHost(resource))
            {
                return null;
            }

            var segments = Segments(parts);
            var resourceText = StringFolding.Fold(resource);
            var client = send.Instance ?? (send.Arguments.Length > 0 ? send.Arguments[0].Value : null);
            var baseUrl = client is null ? RestSharpBase.Unknown : RestSharpClients.BaseOf(client, types);
            CustomerIoUrl? url;
            if (HostScanner.StartsWithHttpScheme(resourceText.Text, out _))
            {
                url = CustomerIoUrl.TryRead(Fill(resourceText, segments));
            }
            else
            {
                url = baseUrl switch
                {
                    { Url: { } text } when !CustomerIoUrl.StartsWithOtherHost(text) => CustomerIoUrl.TryRead(Fill(Join(StringFolding.Fold(text), resourceText), segments)),
                    { Seen: true } => null,
                    _ => TryReadRelative(Fill(resourceText, segments), send, model),
                };
            }

            if (url is null)
            {
                return null;
            }

            // Names and dates are each generation's defaults only with the default serializer, on a client made in sight.
            var (body, naming) = Body(parts);
            var defaultSerializer = baseUrl.Seen && !baseUrl.OtherSerializer && !parts.OtherSerializer;
            var escaped = ImmutableHashSet.CreateBuilder<IOperation>();
            var unescaped = ImmutableHashSet.CreateBuilder<IOperation>();
            foreach (var segment in segments.Values)
            {
                (segment.Escaped ? escaped : unescaped).Add(segment.Value);
            }

            var responseType = send.Type is INamedTypeSymbol { TypeArguments.Length: 1 } task && KnownTypes.Is(task, types.GenericTask) ? task.TypeArguments[0] : send.Type;
            return new HttpRequest(send, resourceValue, url, body)
            {
                // Named by the client it is called on, as it is written: RestClient.Execute, not RestClientExtensions.Execute.
                Name = $"{(client?.Type ?? send.TargetMethod.ContainingType).Name}.{send.TargetMethod.Name}",
                BodyNaming = defaultSerializer ? naming : JsonNaming.Unknown,
                BodyDates = defaultSerializer ? PayloadDates.IsoStrings : PayloadDates.SerializerSettings,
                EscapedByLibrary = escaped.ToImmutable(),
                UnescapedByLibraryOption = unescaped.ToImmutable(),
                EscapeTurnedOffBy = KnownRestSharp.EncodeTurnedOff,
                // Only a client made in sight is known not to throw: ThrowOnAnyError may be set where it is made.
                ResponseUnchecked = baseUrl.Seen && !baseUrl.MayThrowOnError && restSharp.IsUncheckedResponse(send.TargetMethod, responseType),
                HeaderSinks = HeaderCredentials(parts, url.Api),
            };
        }

        /// <summary>A relative resource sent by a client made elsewhere: tied by the type that sends it, as for HttpClient.</summary>
        private static CustomerIoUrl? TryReadRelative(FoldedString resource, IOperation send, CustomerIoModel model)
            => send.SemanticModel?.GetEnclosingSymbol(send.Syntax.SpanStart)?.ContainingType is { } type
                ? CustomerIoUrl.TryReadRelative(resource, model.Ties.ApiMentionedBy(type))
                : null;

        /// <summary>Base URL and resource as RestSharp joins them: one '/' between, the resource's leading '/' dropped.</summary>
        private static FoldedString Join(FoldedString baseUrl, FoldedString resource)
        {
            var builder = new FoldedString.Builder();
            builder.AddFolded(baseUrl);
            var startsWithSlash = resource.Text.StartsWith("/", StringComparison.Ordinal);
            if (resource.Text.Length > (startsWithSlash ? 1 : 0) && !baseUrl.Text.EndsWith("/", StringComparison.Ordinal))
            {
                builder.AddText("/");
            }

            builder.AddFolded(startsWithSlash ? new FoldedString(resource.Text.Substring(1), resource.Holes) : resource);
            return builder.ToFoldedString();
        }

        /// <summary>The URL with each <c>{name}</c> that a segment fills replaced by the segment's value.</summary>
        private static FoldedString Fill(FoldedString url, Dictionary<string, Segment> segments)
        {
            if (segments.Count == 0)
            {
                return url;
            }

            var builder = new FoldedString.Builder();
            var text = url.Text;
            var hole = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == FoldedString.HoleMarker)
                {
                    builder.AddHole(url.Holes[hole++]);
                    continue;
                }

                var end = c == '{' ? text.IndexOf('}', i) : -1;
                if (end > i && segments.TryGetValue(text.Substring(i + 1, end - i - 1), out var segment))
                {
                    // The value as one hole, constant or not: a mistake in it is shown where it is written.
                    builder.AddHole(segment.Value);
                    i = end;
                    continue;
                }

                builder.AddText(c.ToString());
            }

            return builder.ToFoldedString();
        }

        private readonly struct Segment
        {
            public Segment(IOperation value, bool escaped)
            {
                Value = value;
                Escaped = escaped;
            }

            public IOperation Value { get; }

            /// <summary>RestSharp escapes the value (Uri.EscapeDataString) before writing it into the path.</summary>
            public bool Escaped { get; }
        }

        /// <summary>The URL segments added with a constant name: <c>AddUrlSegment</c>, or a parameter of type UrlSegment.</summary>
        private static Dictionary<string, Segment> Segments(RestSharpRequestParts parts)
        {
            var segments = new Dictionary<string, Segment>(StringComparer.Ordinal);
            foreach (var call in parts.Calls)
            {
                var method = call.TargetMethod.Name;
                var isSegment = KnownRestSharp.UrlSegmentMethods.Contains(method)
                    || (KnownRestSharp.ParameterMethods.Contains(method) && IsParameterType(call, KnownRestSharp.UrlSegmentType));
                if (isSegment
                    && Operations.ArgumentFor(call.Arguments, KnownRestSharp.NameParameter)?.ConstantValue.Value is string name
                    && Operations.ArgumentFor(call.Arguments, KnownRestSharp.ValueParameter) is { } value)
                {
                    // 105/106 always escape; 110+ unless told encode: false. A value not known at compile time counts as true.
                    var escaped = Operations.ArgumentFor(call.Arguments, KnownRestSharp.EncodeParameter)?.ConstantValue is not { HasValue: true, Value: false };
                    segments[name] = new Segment(value, escaped);
                }
            }

            return segments;
        }

        /// <summary>True when the call's <c>ParameterType</c> argument is the member named <paramref name="typeName"/>.</summary>
        private static bool IsParameterType(IInvocationOperation call, string typeName)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Type.TypeKind == TypeKind.Enum && Operations.SkipConversions(argument.Value) is IFieldReferenceOperation { Field.Name: var member })
                {
                    return member == typeName;
                }
            }

            return false;
        }

        /// <summary>The object sent as JSON and how its serializer names members; (null, Unknown) when nothing is sent as JSON.</summary>
        private static (IOperation? Body, JsonNaming Naming) Body(RestSharpRequestParts parts)
        {
            foreach (var call in parts.Calls)
            {
                var method = call.TargetMethod;

                // Text given as the body is sent as it is: the serializer call that made it, if any, says how it names members.
                if (KnownRestSharp.ParameterMethods.Contains(method.Name) && IsParameterType(call, KnownRestSharp.RequestBodyType))
                {
                    return (Operations.ArgumentFor(call.Arguments, KnownRestSharp.ValueParameter), JsonNaming.Unknown);
                }

                var json = KnownRestSharp.JsonBodyMethods.Contains(method.Name);
                if (!json && !KnownRestSharp.FormatBodyMethods.Contains(method.Name))
                {
                    continue;
                }

                var body = Operations.ArgumentFor(call.Arguments, KnownRestSharp.BodyParameter)
                    ?? Operations.ArgumentFor(call.Arguments, KnownRestSharp.JsonStringParameter);
                if (body is null || SerializerOf(method) is not { } known)
                {
                    return (null, JsonNaming.Unknown);
                }

                // AddBody writes the request's format: JSON unless set otherwise (110+), XML unless set to JSON (105/106).
                if (!json && (HasOtherArguments(call) || !IsJson(parts.Format, known.JsonByDefault)))
                {
                    return (null, JsonNaming.Unknown);
                }

                var isString = Operations.SkipConversions(body).Type?.SpecialType == SpecialType.System_String;
                return (body, isString ? JsonNaming.Unknown : known.Naming);
            }

            return (null, JsonNaming.Unknown);
        }

        private static (JsonNaming Naming, bool JsonByDefault)? SerializerOf(IMethodSymbol method)
        {
            var declaring = method.ContainingType.ToDisplayString();
            foreach (var serializer in KnownRestSharp.BodySerializers)
            {
                if (declaring == serializer.DeclaringType)
                {
                    return (serializer.Naming, serializer.JsonByDefault);
                }
            }

            return null;
        }

        /// <summary>AddBody given a content type or an XML namespace besides the object (and the request it extends).</summary>
        private static bool HasOtherArguments(IInvocationOperation call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter
                    && parameter.Name != KnownRestSharp.BodyParameter && !(call.TargetMethod.IsExtensionMethod && parameter.Ordinal == 0))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsJson(IOperation? format, bool jsonByDefault)
            => format is null
                ? jsonByDefault
                : Operations.SkipConversions(format) is IFieldReferenceOperation { Field.Name: KnownRestSharp.JsonFormat };

        /// <summary>An App API key in a Bearer Authorization header (<c>AddHeader("Authorization", $"Bearer {key}")</c>).</summary>
        private static ImmutableArray<RoleSink> HeaderCredentials(RestSharpRequestParts parts, HttpApiKind api)
        {
            if (api != HttpApiKind.App)
            {
                return ImmutableArray<RoleSink>.Empty;
            }

            var sinks = ImmutableArray.CreateBuilder<RoleSink>();
            foreach (var call in parts.Calls)
            {
                var method = call.TargetMethod.Name;
                var isHeader = KnownRestSharp.HeaderMethods.Contains(method)
                    || (KnownRestSharp.ParameterMethods.Contains(method) && IsParameterType(call, KnownRestSharp.HeaderType));
                if (!isHeader
                    || Operations.ArgumentFor(call.Arguments, KnownRestSharp.NameParameter)?.ConstantValue.Value is not string name
                    || !string.Equals(name, KnownRestSharp.AuthorizationHeader, StringComparison.OrdinalIgnoreCase)
                    || Operations.ArgumentFor(call.Arguments, KnownRestSharp.ValueParameter) is not { } value)
                {
                    continue;
                }

                var folded = StringFolding.Fold(value);
                if (folded.Holes.Length == 1 && folded.Text == KnownRestSharp.BearerPrefix + FoldedString.HoleMarker)
                {
                    sinks.Add(RoleSink.ForValue(ApiRole.AppApiKey, folded.Holes[0], $"{call.TargetMethod.ContainingType.Name}.{method}(\"{name}\")"));
                }
            }

            return sinks.ToImmutable();
        }
    }
}
