using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>The second half of the finder: a Customer.io request's URL path, body and payload keys, as its endpoint reads them.</summary>
    internal static partial class SinkFinder
    {
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
