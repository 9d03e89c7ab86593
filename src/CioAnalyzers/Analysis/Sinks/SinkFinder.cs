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
    internal static partial class SinkFinder
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
    }
}
