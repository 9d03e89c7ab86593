using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>What a RestSharp client's base URL is, when the code that creates the client (or its options) shows it.</summary>
    internal readonly struct RestSharpBase
    {
        private RestSharpBase(bool seen, IOperation? url, bool mayThrowOnError, bool otherSerializer)
        {
            Seen = seen;
            Url = url;
            MayThrowOnError = mayThrowOnError;
            OtherSerializer = otherSerializer;
        }

        /// <summary>The base URL is not known here: the client is a parameter, or made elsewhere.</summary>
        public static RestSharpBase Unknown => default;

        /// <summary>The client's creation was seen: <paramref name="url"/> is its base URL's text, null when it gives none.</summary>
        public static RestSharpBase Of(IOperation? url, bool mayThrowOnError = false, bool otherSerializer = false) => new(true, url, mayThrowOnError, otherSerializer);

        public bool Seen { get; }

        /// <summary>The client is (or may be) told to throw on an error status: <c>ThrowOnAnyError</c> is named where it is made.</summary>
        public bool MayThrowOnError { get; }

        /// <summary>The client is made with a serializer of its choice (<c>configureSerialization</c>).</summary>
        public bool OtherSerializer { get; }

        /// <summary>The string the base URL is made of (the argument of <c>new Uri(...)</c> when it is a Uri).</summary>
        public IOperation? Url { get; }
    }

    /// <summary>
    /// Finds a RestSharp client's base URL: <c>new RestClient(baseUrl)</c>, <c>new RestClient(options)</c> with
    /// <c>new RestClientOptions(baseUrl)</c> or <c>{ BaseUrl = ... }</c>, 105's <c>{ BaseUrl = ... }</c> or a later
    /// <c>client.BaseUrl = ...</c>, through locals assigned once and field initializers of the same file.
    /// </summary>
    internal static class RestSharpClients
    {
        /// <summary>The base URL of the client <paramref name="client"/> refers to.</summary>
        public static RestSharpBase BaseOf(IOperation client, KnownTypes types)
        {
            var creation = CreationOf(client, types.RestSharp.RestClient);
            if (creation is null)
            {
                return RestSharpBase.Unknown;
            }

            var throws = MayThrowOnError(creation.Syntax) || SetLater(client, KnownRestSharp.ThrowOnAnyErrorProperty) is not null;
            var serializer = Operations.ArgumentFor(creation.Arguments, KnownRestSharp.SerializationParameter) is not null;
            if (Operations.ArgumentFor(creation.Arguments, KnownRestSharp.BaseUrlParameter) is { } baseUrl)
            {
                return RestSharpBase.Of(HttpRequestReader.UrlText(baseUrl, types), throws, serializer);
            }

            if (Operations.ArgumentFor(creation.Arguments, KnownRestSharp.OptionsParameter) is { } options)
            {
                var fromOptions = OptionsBase(options, types);
                return fromOptions.Seen ? RestSharpBase.Of(fromOptions.Url, throws || fromOptions.MayThrowOnError, serializer) : fromOptions;
            }

            // A client made from an HttpClient goes where that client goes: not known here.
            if (creation.Arguments.Any(a => a.ArgumentKind != ArgumentKind.DefaultValue))
            {
                return RestSharpBase.Unknown;
            }

            // Without a base URL, the request's resource must be a whole URL.
            var set = SetBaseUrl(creation, types) ?? (SetLater(client, KnownRestSharp.BaseUrlProperty) is { } later ? HttpRequestReader.UrlText(later, types) : null);
            return RestSharpBase.Of(set, throws, serializer);
        }

        /// <summary>The base URL given by the RestClientOptions <paramref name="options"/> refers to.</summary>
        public static RestSharpBase OptionsBase(IOperation options, KnownTypes types)
        {
            var creation = CreationOf(options, types.RestSharp.ClientOptions);
            if (creation is null)
            {
                return RestSharpBase.Unknown;
            }

            var url = Operations.ArgumentFor(creation.Arguments, KnownRestSharp.BaseUrlParameter) is { } baseUrl
                ? HttpRequestReader.UrlText(baseUrl, types)
                : SetBaseUrl(creation, types) ?? (SetLater(options, KnownRestSharp.BaseUrlProperty) is { } later ? HttpRequestReader.UrlText(later, types) : null);
            return RestSharpBase.Of(url, MayThrowOnError(creation.Syntax) || SetLater(options, KnownRestSharp.ThrowOnAnyErrorProperty) is not null);
        }

        /// <summary>
        /// The creation <paramref name="value"/> refers to: itself, a local assigned once, or a field or property initialised
        /// in the same file.
        /// </summary>
        public static IObjectCreationOperation? CreationOf(IOperation value, INamedTypeSymbol? type)
        {
            value = Operations.SkipConversions(value);
            if (value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                value = Operations.SkipConversions(initializer);
            }
            else if (InitializerOf(value) is { } memberInitializer)
            {
                value = Operations.SkipConversions(memberInitializer);
            }

            return value is IObjectCreationOperation creation && KnownTypes.Is(creation.Type, type) ? creation : null;
        }

        /// <summary>A field's or property's initializer when it is declared in the same file (read through that file's model).</summary>
        private static IOperation? InitializerOf(IOperation value)
        {
            var member = value switch
            {
                IFieldReferenceOperation field => (ISymbol)field.Field,
                IPropertyReferenceOperation property => property.Property,
                _ => null,
            };
            if (member is null || value.SemanticModel is not { } model || member.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var declaration = member.DeclaringSyntaxReferences[0].GetSyntax();
            if (declaration.SyntaxTree != model.SyntaxTree || IsWrittenOutsideItsInitializer(member))
            {
                return null;
            }

            var initializer = declaration switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            };
            return initializer is null ? null : model.GetOperation(initializer);
        }

        /// <summary>Only a readonly field or a get-only property keeps its initializer's value.</summary>
        private static bool IsWrittenOutsideItsInitializer(ISymbol member) => member switch
        {
            IFieldSymbol field => !field.IsReadOnly,
            IPropertySymbol property => property.SetMethod is not null,
            _ => true,
        };

        /// <summary><c>BaseUrl = ...</c> in the object initializer of <paramref name="creation"/>.</summary>
        private static IOperation? SetBaseUrl(IObjectCreationOperation creation, KnownTypes types)
        {
            foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: KnownRestSharp.BaseUrlProperty } } assignment)
                {
                    return HttpRequestReader.UrlText(assignment.Value, types);
                }
            }

            return null;
        }

        /// <summary>The value assigned to <paramref name="property"/> of the local that <paramref name="value"/> reads (<c>client.BaseUrl = ...</c>).</summary>
        private static IOperation? SetLater(IOperation value, string property)
        {
            if (Operations.SkipConversions(value) is not ILocalReferenceOperation local)
            {
                return null;
            }

            foreach (var reference in LocalValues.References(local.Local, local))
            {
                if (reference.Parent is IPropertyReferenceOperation set && set.Property.Name == property
                    && set.Parent is ISimpleAssignmentOperation assignment && assignment.Target == set)
                {
                    return assignment.Value;
                }
            }

            return null;
        }

        /// <summary>Erring towards yes: the text that makes the client or its options names ThrowOnAnyError.</summary>
        private static bool MayThrowOnError(SyntaxNode creation)
            => creation.ToString().IndexOf(KnownRestSharp.ThrowOnAnyErrorProperty, System.StringComparison.Ordinal) >= 0;
    }
}
