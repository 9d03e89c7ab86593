using System;
using System.Collections.Generic;
using CioAnalyzers.Model;
using CioAnalyzers.Model.Ties;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The Track API's Basic-auth credential, <c>Convert.ToBase64String(Encoding.UTF8.GetBytes($"{siteId}:{apiKey}"))</c>,
    /// in a type that talks to a Customer.io host.
    /// </summary>
    internal static class BasicAuth
    {
        private static readonly IReadOnlyList<RoleSink> None = Array.Empty<RoleSink>();

        /// <summary>What the site id and the key are passed to, in a diagnostic's words.</summary>
        private const string Credential = "the Basic-auth credential";

        public static IReadOnlyList<RoleSink> Find(IInvocationOperation getBytes, CustomerIoModel model)
        {
            if (getBytes.Arguments.Length != 1
                || getBytes.Arguments[0].Value.Type?.SpecialType != SpecialType.System_String
                || getBytes.Parent is not IArgumentOperation { Parent: IInvocationOperation toBase64 }
                || !KnownTypes.Is(toBase64.TargetMethod.ContainingType, model.Types.Convert)
                || toBase64.TargetMethod.Name != "ToBase64String")
            {
                return None;
            }

            // The tie first: it is answered from syntax for most types, folding reads every operation of the string.
            if (!ForCustomerIo(getBytes, toBase64, model))
            {
                return None;
            }

            var folded = StringFolding.Fold(getBytes.Arguments[0].Value);
            if (folded.Text != $"{FoldedString.HoleMarker}:{FoldedString.HoleMarker}")
            {
                return None;
            }

            return new[]
            {
                RoleSink.ForValue(ApiRole.SiteId, folded.Holes[0], Credential),
                RoleSink.ForValue(ApiRole.TrackApiKey, folded.Holes[1], Credential),
            };
        }

        /// <summary>
        /// In the lambda that gives a client a Customer.io BaseAddress (a client registration), in a type tied to a
        /// Customer.io host (see <see cref="TiePolicy.ApiMentionedBy"/>), or in the Authorization header of a Track client or
        /// request (see <see cref="HeaderTies"/>).
        /// </summary>
        private static bool ForCustomerIo(IInvocationOperation getBytes, IInvocationOperation toBase64, CustomerIoModel model)
            => model.Ties.RegistrationLambdaApi(getBytes.Syntax) != HttpApiKind.None
               || TypeApi(getBytes, model) != HttpApiKind.None
               || AuthorizationHeaders.Around(toBase64, model)?.Api == HttpApiKind.Track;

        private static HttpApiKind TypeApi(IInvocationOperation getBytes, CustomerIoModel model)
        {
            // A type with one declaration whose text names no Customer.io host is tied only by a typed client
            // registration of its name: known without asking the semantic model for the enclosing symbol.
            if (getBytes.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration
                && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
                && !HostText.AnyMentionIn(declaration, default)
                && !model.Ties.MayBeRegisteredClient(declaration.Identifier.ValueText))
            {
                return HttpApiKind.None;
            }

            return getBytes.SemanticModel?.GetEnclosingSymbol(getBytes.Syntax.SpanStart)?.ContainingType is { } type
                ? model.Ties.ApiMentionedBy(type)
                : HttpApiKind.None;
        }
    }
}
