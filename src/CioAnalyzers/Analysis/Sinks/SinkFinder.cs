using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Finds, for one operation, every value that reaches Customer.io and its role: SDK parameters and properties,
    /// raw HTTP and RestSharp URLs and payloads, RestSharp's authenticators, and the Basic-auth string. Cheap symbol tests come first; most operations
    /// leave after one dictionary or reference comparison.
    /// </summary>
    internal static class SinkFinder
    {
        private static readonly IReadOnlyList<RoleSink> None = Array.Empty<RoleSink>();

        private const string IdentifierSegment = "the {identifier} segment of the URL";

        private const string DeviceSegment = "the {device_id} segment of the URL";

        public static IReadOnlyList<RoleSink> Find(IOperation operation, CustomerIoModel model)
        {
            // A call without arguments passes nothing, and an anonymous object's member has no role: both leave
            // before any symbol is read (most calls and assignments are decided by the operations alone). The kind
            // picks the one interface to test: type tests on every operation add up.
            switch (operation.Kind)
            {
                case OperationKind.Invocation when operation is IInvocationOperation invocation && !invocation.Arguments.IsEmpty:
                    return FromCall(model.TargetOf(invocation.TargetMethod), invocation.TargetMethod, invocation.Arguments, operation, model);
                case OperationKind.ObjectCreation when operation is IObjectCreationOperation creation && !creation.Arguments.IsEmpty
                    && creation.Constructor is { } constructor:
                    return FromCall(model.TargetOfConstructor(constructor), constructor, creation.Arguments, operation, model);
                case OperationKind.SimpleAssignment when operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && assignment.Parent?.Kind != OperationKind.AnonymousObjectCreation:
                    return FromPropertyAssignment(property, assignment, model);
                default:
                    return None;
            }
        }

        private static IReadOnlyList<RoleSink> FromCall(CallTarget target, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, IOperation operation, CustomerIoModel model)
        {
            switch (target.Kind)
            {
                case CallTargetKind.ApiMember:
                    return FromApiMemberCall(method, arguments, model);
                case CallTargetKind.HttpRequest:
                    return HttpRequestReader.TryRead(operation, arguments, target.UrlOrdinal, model) is { } request ? FromHttpRequest(request, model) : None;
                case CallTargetKind.GetBytes when operation is IInvocationOperation getBytes:
                    return BasicAuth.Find(getBytes, model);
                case CallTargetKind.HeaderWrite when operation is IInvocationOperation headerWrite:
                    return AuthorizationHeaders.FromCall(headerWrite, model) is { } written ? FromHeader(written) : None;
                case CallTargetKind.RestSharpSend when operation is IInvocationOperation send:
                    return RestSharpRequestReader.TryRead(send, model) is { } restRequest ? FromHttpRequest(restRequest, model) : None;
                case CallTargetKind.RestSharpAuthenticator when operation is IObjectCreationOperation authenticator:
                    return RestSharpCredentials.Find(authenticator, model);
                case CallTargetKind.None when operation is IInvocationOperation call:
                    // The user's own method may pass its parameters on to Customer.io (decision 0009).
                    return InferredWrappers.Find(call, model) ?? None;
                default:
                    return None;
            }
        }

        private static IReadOnlyList<RoleSink> FromApiMemberCall(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, CustomerIoModel model)
        {
            List<RoleSink>? sinks = null;
            foreach (var argument in arguments)
            {
                if (argument.Parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                var role = model.RoleOf(argument.Parameter);
                if (role == ApiRole.None)
                {
                    continue;
                }

                sinks ??= new List<RoleSink>();
                AddArgument(sinks, role, argument.Value, ArgumentName(method, argument.Parameter), method, model);
            }

            return sinks ?? None;
        }

        /// <summary>How messages name a library or wrapper parameter: <c>CustomerIo.TrackEventAsync(eventName)</c>.</summary>
        internal static string ArgumentName(IMethodSymbol method, IParameterSymbol parameter)
            => method.MethodKind == MethodKind.Constructor
                ? $"new {method.ContainingType.Name}({parameter.Name})"
                : $"{method.ContainingType.Name}.{method.Name}({parameter.Name})";

        /// <summary>The sinks of a value passed as <paramref name="method"/>'s argument of <paramref name="role"/>, read by the role's sink shape.</summary>
        internal static void AddArgument(List<RoleSink> sinks, ApiRole role, IOperation value, string name, IMethodSymbol method, CustomerIoModel model)
        {
            var definition = RoleRegistry.Of(role);
            if (definition.SinkShape is RoleSinkShape.Value or RoleSinkShape.ValueAndPayloadMembers)
            {
                sinks.Add(RoleSink.ForValue(role, value, name));
            }

            if (definition.SinkShape == RoleSinkShape.SerializedTypeKeys)
            {
                AddSerializedTypeKeys(sinks, value, model);
            }
            else if (definition.SinkShape is RoleSinkShape.PayloadMembers or RoleSinkShape.ValueAndPayloadMembers)
            {
                // A library or wrapper serialises its own way: its dates' form is not known, but a library's own
                // serialiser may give them a role.
                AddPayload(sinks, value, HttpApiKind.Track, HttpEndpoint.Other, personInPath: false, PayloadDates.SerializerSettings, model,
                    model.DateRoleInPayloadOf(method), bodyKey: definition.PayloadKey);
            }
        }

        private static IReadOnlyList<RoleSink> FromPropertyAssignment(IPropertyReferenceOperation reference, ISimpleAssignmentOperation assignment, CustomerIoModel model)
        {
            var property = reference.Property;
            if (!model.Names.MayBeProperty(property) && !model.MayBeSerializedDate(property))
            {
                return None;
            }

            if (AuthorizationHeaders.IsAuthorizationProperty(reference, model.Types))
            {
                return AuthorizationHeaders.FromAssignment(reference, assignment, model) is { } header ? FromHeader(header) : None;
            }

            // The receiver's type decides the role of a base type's property: new TrackApiOptions { ApiKey = ... }.
            var role = model.RoleOf(property, reference.Instance?.Type);
            if (role == ApiRole.None || RoleRegistry.Of(role).SinkShape != RoleSinkShape.Value)
            {
                return None;
            }

            var owner = reference.Instance?.Type ?? property.ContainingType;
            return new[] { RoleSink.ForValue(role, assignment.Value, $"{owner.Name}.{property.Name}") };
        }

        /// <summary>
        /// The header, and the credentials it carries in the API's own scheme: a Bearer App API key, or the site id and
        /// key of a Basic pair written as it is (base64 of the pair is read where it is encoded, by <see cref="BasicAuth"/>).
        /// </summary>
        private static IReadOnlyList<RoleSink> FromHeader(AuthorizationHeader header)
        {
            var sinks = new List<RoleSink> { RoleSink.ForHeader(header) };
            var parameter = header.Parameter;
            if (header.Api == HttpApiKind.App && AuthorizationSchemes.IsScheme(header.Scheme, AuthorizationSchemes.Bearer))
            {
                var key = parameter.Holes.Length == 1 && parameter.Text.Length == 1 ? parameter.Holes[0]
                    : parameter.Holes.IsEmpty ? header.ParameterValue
                    : null;
                if (key is not null)
                {
                    sinks.Add(RoleSink.ForValue(ApiRole.AppApiKey, key, header.Name));
                }
            }
            else if (header.Api == HttpApiKind.Track && AuthorizationSchemes.IsScheme(header.Scheme, AuthorizationSchemes.Basic)
                && parameter.Text == $"{FoldedString.HoleMarker}{AuthorizationSchemes.CredentialSeparator}{FoldedString.HoleMarker}")
            {
                sinks.Add(RoleSink.ForValue(ApiRole.SiteId, parameter.Holes[0], header.Name));
                sinks.Add(RoleSink.ForValue(ApiRole.TrackApiKey, parameter.Holes[1], header.Name));
            }

            return sinks;
        }

        private static IReadOnlyList<RoleSink> FromHttpRequest(HttpRequest request, CustomerIoModel model)
        {
            var sinks = new List<RoleSink>();
            var url = request.Url;
            if (url.HasIdentifierSegment)
            {
                // The segment is a sink when it is all text or one value; text mixed with values ("user-{id}") is
                // neither a constant nor a single value a rule could judge.
                var onlyHole = url.IdentifierHoles.Length == 1 && url.IdentifierText.Length == 1 ? url.IdentifierHoles[0] : null;
                if (onlyHole is not null || url.IdentifierHoles.IsEmpty)
                {
                    sinks.Add(onlyHole is null
                        ? RoleSink.ForConstantText(KnownHttpApi.RoleOfIdentifierText(url.IdentifierText), url.IdentifierText, request.UrlOperation.Syntax, IdentifierSegment)
                        : RoleSink.ForValue(ApiRole.CustomerId, onlyHole, IdentifierSegment));
                }

                // Every run-time part of an id segment, alone or mixed with text, is written into the path.
                AddPathSegments(sinks, url.IdentifierHoles, IdentifierSegment, request);
                AddPathSegments(sinks, url.DeviceHoles, DeviceSegment, request);
            }

            if (request.Body is not null)
            {
                AddTransactionalBody(sinks, request.Body, request);
            }

            // The request itself, for rules about its route and about what is done with its response.
            sinks.Add(RoleSink.ForRequest(request));
            sinks.AddRange(request.HeaderSinks);

            if (request.Body is not null)
            {
                AddBodyMembers(sinks, request.Body, request, model);
            }

            return sinks;
        }

        /// <summary>A transactional endpoint's body, read as a whole request.</summary>
        internal static void AddTransactionalBody(List<RoleSink> sinks, IOperation body, HttpRequest request)
        {
            if (request.Url.Endpoint.IsTransactional())
            {
                var role = request.Url.Endpoint == HttpEndpoint.TransactionalEmail ? ApiRole.TransactionalEmailRequest : ApiRole.TransactionalRequest;
                sinks.Add(RoleSink.ForValue(role, body, "the transactional request"));
            }
        }

        /// <summary>The members and keys of a body sent by <paramref name="request"/>, as its endpoint reads them.</summary>
        internal static void AddBodyMembers(List<RoleSink> sinks, IOperation body, HttpRequest request, CustomerIoModel model)
        {
            // The top-level keys of a Track body that addresses a person are its attributes (identify) or event
            // fields; those of an endpoint with an envelope are also read against its fields.
            var url = request.Url;
            var attributes = url.Api == HttpApiKind.Track && url.HasIdentifierSegment;
            var envelope = EnvelopeFields.Of(url.Endpoint, url.HasIdentifierSegment);
            var keys = attributes || !envelope.IsEmpty ? new List<PayloadKey>() : null;
            AddPayload(sinks, body, url.Api, url.Endpoint, url.HasIdentifierSegment, request.BodyDates, model, keys: keys, naming: request.BodyNaming);
            if (attributes)
            {
                AddKeys(sinks, keys);
            }

            AddEnvelopeKeys(sinks, keys, envelope);
        }

        /// <summary>The holes written into the path as they are: those the library escapes itself are not.</summary>
        private static void AddPathSegments(List<RoleSink> sinks, ImmutableArray<IOperation> holes, string segment, HttpRequest request)
        {
            foreach (var hole in holes)
            {
                if (!request.EscapedByLibrary.Contains(hole))
                {
                    sinks.Add(RoleSink.ForValue(ApiRole.PathSegment, hole, segment, escapeTurnedOff: request.UnescapedByLibraryOption.Contains(hole) ? request.EscapeTurnedOffBy : null));
                }
            }
        }

        /// <summary>
        /// The keys of a value whose type a library sends whole, every public property named its way (a customer's
        /// details): its attributes.
        /// </summary>
        private static void AddSerializedTypeKeys(List<RoleSink> sinks, IOperation value, CustomerIoModel model)
        {
            value = Operations.SkipConversions(value);
            var type = value.Type;
            if (value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                value = Operations.SkipConversions(initializer);
            }

            if (type is null)
            {
                return;
            }

            var keys = new List<PayloadKey>();
            TypeKeys.Add(type, model.NamingOfSerializedType(type), value as IObjectCreationOperation, null, model.Types, keys);
            AddKeys(sinks, keys);
        }

        private static void AddKeys(List<RoleSink> sinks, List<PayloadKey>? keys)
        {
            foreach (var key in keys ?? (IEnumerable<PayloadKey>)Array.Empty<PayloadKey>())
            {
                if (key.ParentKey is null)
                {
                    sinks.Add(RoleSink.ForKey(ApiRole.AttributeName, key));
                }
            }
        }

        private static void AddEnvelopeKeys(List<RoleSink> sinks, List<PayloadKey>? keys, ImmutableArray<string> envelope)
        {
            if (keys is null || envelope.IsEmpty)
            {
                return;
            }

            foreach (var key in keys)
            {
                if (key.ParentKey is null)
                {
                    sinks.Add(RoleSink.ForKey(ApiRole.EnvelopeFieldName, key, envelope));
                }
            }
        }

        private static void AddPayload(List<RoleSink> sinks, IOperation body, HttpApiKind api, HttpEndpoint endpoint, bool personInPath, PayloadDates dates, CustomerIoModel model,
            ApiRole dateRole = ApiRole.None, List<PayloadKey>? keys = null, string? bodyKey = null, JsonNaming naming = JsonNaming.Unknown)
        {
            foreach (var member in PayloadReader.Read(body, model.Types, dates, keys, bodyKey, naming))
            {
                if (dateRole != ApiRole.None && member.Dates != PayloadDates.MemberConverter && KnownTypes.IsDateTime(Operations.SkipConversions(member.Value).Type))
                {
                    sinks.Add(RoleSink.ForPayloadValue(dateRole, member.Value, $"JSON \"{member.Key}\"", member.Dates, null));
                }

                var role = KnownHttpApi.RoleOfKey(api, endpoint, member.Key, member.ParentKey, personInPath);
                if (role != ApiRole.None)
                {
                    var removable = role == ApiRole.CustomerId && personInPath && member.ParentKey is null ? member.MemberSyntax : null;
                    sinks.Add(RoleSink.ForPayloadValue(role, member.Value, $"JSON \"{member.Key}\"", member.Dates, removable));
                }
            }
        }
    }
}
